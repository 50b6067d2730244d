// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Uuid.h"

#include <QByteArray>
#include <QDateTime>
#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>

namespace kinerja {

namespace {

QUuid nameBased(const QString& name)
{
    return QUuid::createUuidV5(Uuid::projectNamespace(), name);
}

} // namespace

QUuid Uuid::projectNamespace()
{
    static const QUuid ns(QStringLiteral("6770a6f9-47ed-4280-b271-a81b3304013e"));
    return ns;
}

QUuid Uuid::createV7()
{
    // RFC 9562 6.2 method 1: a 12-bit counter in rand_a, seeded randomly (with headroom) at each new millisecond.
    // When the counter overflows, or the clock steps back, the timestamp advances past the last one used.
    static QMutex mutex;
    static qint64 lastMs = 0;
    static quint32 counter = 0;

    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint32 sequence = 0;
    {
        QMutexLocker locker(&mutex);
        if (ms > lastMs) {
            lastMs = ms;
            counter = QRandomGenerator::system()->bounded(0x400u);
        } else {
            ++counter;
            if (counter > 0xfffu) {
                ++lastMs;
                counter = QRandomGenerator::system()->bounded(0x400u);
            }
        }
        ms = lastMs;
        sequence = counter;
    }

    QByteArray bytes(16, Qt::Uninitialized);
    quint64 random = QRandomGenerator::system()->generate64();
    const auto timestamp = static_cast<quint64>(ms) & 0xffffffffffffULL;
    for (int i = 0; i < 6; ++i) {
        bytes[i] = static_cast<char>((timestamp >> (8 * (5 - i))) & 0xff);
    }
    bytes[6] = static_cast<char>(0x70 | ((sequence >> 8) & 0x0f)); // version 7 + counter high bits
    bytes[7] = static_cast<char>(sequence & 0xff);
    for (int i = 8; i < 16; ++i) {
        bytes[i] = static_cast<char>(random & 0xff);
        random >>= 8;
    }
    bytes[8] = static_cast<char>((static_cast<quint8>(bytes[8]) & 0x3f) | 0x80); // variant 10
    return QUuid::fromRfc4122(bytes);
}

QString Uuid::createV7Text()
{
    return toText(createV7());
}

QUuid Uuid::forEmployee(const QString& nip)
{
    return nameBased(QStringLiteral("employee:") + nip);
}

QUuid Uuid::forOrgUnit(const QString& code)
{
    return nameBased(QStringLiteral("org-unit:") + code);
}

QUuid Uuid::forReference(const QString& table, const QString& code)
{
    return nameBased(QStringLiteral("reference:%1:%2").arg(table, code));
}

QUuid Uuid::forPeriod(int year, const QString& cadence, int number)
{
    return nameBased(QStringLiteral("period:%1:%2:%3").arg(QString::number(year), cadence, QString::number(number)));
}

QUuid Uuid::forEvaluation(const QUuid& planId, const QUuid& periodId)
{
    return nameBased(QStringLiteral("evaluation:%1:%2").arg(toText(planId), toText(periodId)));
}

QUuid Uuid::forColleagueInvitation(const QUuid& evaluationId, const QUuid& colleagueId)
{
    return nameBased(QStringLiteral("colleague-invitation:%1:%2").arg(toText(evaluationId), toText(colleagueId)));
}

QUuid Uuid::forBehaviorExpectation(const QUuid& planId, const QString& coreValueCode)
{
    return nameBased(QStringLiteral("behavior-expectation:%1:%2").arg(toText(planId), coreValueCode));
}

QString Uuid::toText(const QUuid& id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QUuid Uuid::fromText(const QString& text)
{
    return QUuid::fromString(text);
}

int Uuid::version(const QUuid& id)
{
    return static_cast<int>((static_cast<quint8>(id.toRfc4122().at(6)) >> 4) & 0x0f);
}

qint64 Uuid::timestampMs(const QUuid& id)
{
    const auto bytes = id.toRfc4122();
    quint64 value = 0;
    for (int i = 0; i < 6; ++i) {
        value = (value << 8) | static_cast<quint8>(bytes.at(i));
    }
    return static_cast<qint64>(value);
}

} // namespace kinerja
