// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Rank.h"

#include <QRegularExpression>

#include <array>

namespace kinerja {

namespace {

constexpr std::array<const char*, 17> kRoman {
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"};

QString roman(int value)
{
    return value >= 1 && value <= 17 ? QString::fromLatin1(kRoman.at(static_cast<std::size_t>(value - 1))) : QString();
}

int fromRoman(const QString& text)
{
    for (std::size_t i = 0; i < kRoman.size(); ++i) {
        if (text.compare(QLatin1String(kRoman.at(i)), Qt::CaseInsensitive) == 0) {
            return static_cast<int>(i) + 1;
        }
    }
    return 0;
}

char lastRuang(int golongan)
{
    return golongan == 4 ? 'e' : 'd';
}

/// Pangkat names indexed by golongan (1..4) and ruang (a..e), domain.md 6.3.
QString pangkat(int golongan, char ruang)
{
    static const std::array<std::array<const char*, 5>, 4> names {{
        {"Juru Muda", "Juru Muda Tingkat I", "Juru", "Juru Tingkat I", nullptr},
        {"Pengatur Muda", "Pengatur Muda Tingkat I", "Pengatur", "Pengatur Tingkat I", nullptr},
        {"Penata Muda", "Penata Muda Tingkat I", "Penata", "Penata Tingkat I", nullptr},
        {"Pembina", "Pembina Tingkat I", "Pembina Utama Muda", "Pembina Utama Madya", "Pembina Utama"},
    }};
    if (golongan < 1 || golongan > 4 || ruang < 'a' || ruang > lastRuang(golongan)) {
        return {};
    }
    const char* name = names.at(static_cast<std::size_t>(golongan - 1)).at(static_cast<std::size_t>(ruang - 'a'));
    return name ? QString::fromLatin1(name) : QString();
}

/// Lower case, "tk." spelled out, runs of spaces and dots squeezed to one space.
QString normalisedName(const QString& text)
{
    // Compiled once: parse() normalises every pangkat name, and the import calls it for each row.
    static const QRegularExpression abbreviation(QStringLiteral("\\btk\\.?\\s*"));
    static const QRegularExpression separators(QStringLiteral("[\\s.,]+"));
    QString s = text.toLower();
    s.replace(abbreviation, QStringLiteral("tingkat "));
    s.replace(separators, QStringLiteral(" "));
    return s.trimmed();
}

} // namespace

std::optional<Rank> Rank::pns(int golongan, char ruang)
{
    if (golongan < 1 || golongan > 4 || ruang < 'a' || ruang > lastRuang(golongan)) {
        return std::nullopt;
    }
    return Rank(EmployeeKind::Pns, golongan, ruang);
}

std::optional<Rank> Rank::pppk(int golongan)
{
    if (golongan < 1 || golongan > 17) {
        return std::nullopt;
    }
    return Rank(EmployeeKind::Pppk, golongan, 0);
}

QList<Rank> Rank::allPns()
{
    QList<Rank> ranks;
    for (int golongan = 1; golongan <= 4; ++golongan) {
        for (char ruang = 'a'; ruang <= lastRuang(golongan); ++ruang) {
            ranks.append(Rank(EmployeeKind::Pns, golongan, ruang));
        }
    }
    return ranks;
}

QList<Rank> Rank::allPppk()
{
    QList<Rank> ranks;
    for (int golongan = 1; golongan <= 17; ++golongan) {
        ranks.append(Rank(EmployeeKind::Pppk, golongan, 0));
    }
    return ranks;
}

QString Rank::code() const
{
    if (m_kind == EmployeeKind::Pppk) {
        return roman(m_golongan);
    }
    return roman(m_golongan) + u'/' + QChar::fromLatin1(m_ruang);
}

QString Rank::pangkatName() const
{
    return m_kind == EmployeeKind::Pns ? pangkat(m_golongan, m_ruang) : QString();
}

QString Rank::printable() const
{
    if (m_kind == EmployeeKind::Pppk) {
        return QStringLiteral("Golongan %1").arg(code());
    }
    return QStringLiteral("%1, %2").arg(pangkatName(), code());
}

Result<Rank> Rank::parse(const QString& text, std::optional<EmployeeKind> kind)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return Result<Rank>::failure(tr("The pangkat/golongan is empty."));
    }

    std::optional<Rank> rank;
    // A pangkat name, possibly followed by its code: "Penata", "Penata Tk. I", "Penata, III/c".
    const QString name = normalisedName(trimmed);
    for (const Rank& candidate : allPns()) {
        const QString candidateName = normalisedName(candidate.pangkatName());
        if (name == candidateName || name == normalisedName(candidate.printable())) {
            rank = candidate;
            break;
        }
    }

    if (!rank) {
        static const QRegularExpression codePattern(
            QStringLiteral("^(?:gol(?:ongan)?\\.?\\s*)?([ivx]+|\\d{1,2})\\s*[/\\-\\s]?\\s*([a-z])?$"),
            QRegularExpression::CaseInsensitiveOption);
        const auto match = codePattern.match(trimmed);
        if (match.hasMatch()) {
            const QString golonganText = match.captured(1);
            bool isNumber = false;
            int golongan = golonganText.toInt(&isNumber);
            if (!isNumber) {
                golongan = fromRoman(golonganText);
            }
            const QString ruangText = match.captured(2).toLower();
            if (ruangText.isEmpty()) {
                rank = pppk(golongan);
            } else {
                rank = pns(golongan, ruangText.at(0).toLatin1());
            }
        }
    }

    if (!rank) {
        return Result<Rank>::failure(
            tr("\"%1\" is not a pangkat/golongan: write a PNS golongan ruang such as III/c or a PPPK golongan such "
               "as IX.")
                .arg(trimmed));
    }
    if (kind && *kind != rank->kind()) {
        if (*kind == EmployeeKind::Pns) {
            return Result<Rank>::failure(
                tr("\"%1\" is a PPPK golongan, but a PNS needs a golongan ruang such as III/c.").arg(trimmed));
        }
        return Result<Rank>::failure(
            tr("\"%1\" is a PNS golongan ruang, but a PPPK has a golongan from I to XVII without a ruang.")
                .arg(trimmed));
    }
    return *rank;
}

} // namespace kinerja
