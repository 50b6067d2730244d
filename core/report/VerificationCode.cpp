// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/VerificationCode.h"

#include <QRegularExpression>

namespace kinerja {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base 32
constexpr int kFingerprintLength = 6;
constexpr int kSubjectLength = 8;

} // namespace

QString VerificationCode::fingerprintText(const QByteArray& fingerprint)
{
    quint64 bits = 0;
    for (int i = 0; i < 4 && i < fingerprint.size(); ++i)
        bits = (bits << 8) | static_cast<quint8>(fingerprint.at(i));
    bits >>= 2; // the first 30 bits
    QString text(kFingerprintLength, QLatin1Char('0'));
    for (int i = kFingerprintLength - 1; i >= 0; --i) {
        text[i] = QLatin1Char(kAlphabet[bits & 31U]);
        bits >>= 5;
    }
    return text;
}

QString VerificationCode::make(ReportKind kind, const QUuid& subjectId, const QByteArray& fingerprint)
{
    const QString subject = subjectId.toString(QUuid::Id128).right(kSubjectLength).toUpper();
    return codePrefix(kind) + QLatin1Char('-') + subject + QLatin1Char('-') + fingerprintText(fingerprint);
}

std::optional<VerificationCode::Parts> VerificationCode::parse(const QString& text)
{
    QString compact = text.trimmed().toUpper();
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    static const QRegularExpression pattern(QStringLiteral("^([A-Z]{3})-?([0-9A-F]{8})-?([0-9A-Z]{6})$"));
    const auto match = pattern.match(compact);
    if (!match.hasMatch())
        return std::nullopt;
    const auto kind = reportKindFromCodePrefix(match.captured(1));
    if (!kind)
        return std::nullopt;
    QString fingerprint = match.captured(3);
    fingerprint.replace(QLatin1Char('O'), QLatin1Char('0'));
    fingerprint.replace(QLatin1Char('I'), QLatin1Char('1'));
    fingerprint.replace(QLatin1Char('L'), QLatin1Char('1'));
    for (const QChar c : std::as_const(fingerprint)) {
        if (!QByteArrayView(kAlphabet).contains(static_cast<char>(c.unicode())))
            return std::nullopt;
    }
    return Parts {*kind, match.captured(2).toLower(), fingerprint};
}

} // namespace kinerja
