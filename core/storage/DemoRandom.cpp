// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DemoRandom.h"

#include "core/storage/Uuid.h"

#include <QByteArray>

namespace kinerja {

DemoRandom::DemoRandom(quint32 seed, qint64 idEpochMs)
    : m_engine(seed)
    , m_idMs(idEpochMs)
{ }

int DemoRandom::between(int low, int high)
{
    if (high <= low) {
        return low;
    }
    const auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(high) - low + 1);
    // 64 random bits make the modulo bias negligible for the small spans used here.
    const std::uint64_t value = (static_cast<std::uint64_t>(next()) << 32) | next();
    return static_cast<int>(low + static_cast<std::int64_t>(value % span));
}

bool DemoRandom::chance(double probability)
{
    return unit() < probability;
}

double DemoRandom::unit()
{
    return static_cast<double>(next()) / 4294967296.0;
}

QUuid DemoRandom::nextId()
{
    const auto ms = static_cast<std::uint64_t>(m_idMs++);
    const std::uint32_t a = next();
    const std::uint32_t b = next();
    const std::uint32_t c = next();
    QByteArray bytes(16, '\0');
    for (int i = 0; i < 6; ++i) {
        bytes[i] = static_cast<char>(ms >> (8 * (5 - i)));
    }
    bytes[6] = static_cast<char>(0x70 | (a & 0x0f)); // version 7
    bytes[7] = static_cast<char>(a >> 8);
    bytes[8] = static_cast<char>(0x80 | ((a >> 16) & 0x3f)); // variant 10
    bytes[9] = static_cast<char>(a >> 24);
    for (int i = 0; i < 4; ++i) {
        bytes[10 + i] = static_cast<char>(b >> (8 * i));
    }
    bytes[14] = static_cast<char>(c);
    bytes[15] = static_cast<char>(c >> 8);
    return QUuid::fromRfc4122(bytes);
}

QString DemoRandom::nextIdText()
{
    return Uuid::toText(nextId());
}

} // namespace kinerja
