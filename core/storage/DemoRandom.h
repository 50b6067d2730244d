// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUuid>

#include <cstdint>
#include <random>

namespace kinerja {

/**
 * The one source of randomness of the demo data (kinerja-cli demo): a std::mt19937 seeded with the user's seed,
 * never the system RNG, so that the same seed gives the same file. Only the engine's raw output is used (the
 * std:: distributions differ between standard libraries), so the data is the same on every platform.
 *
 * Ids: generated rows without a natural key get UUIDv7-shaped ids whose time part counts up from a fixed instant
 * (one millisecond per id) and whose random part comes from this engine: deterministic, and still sorted in
 * creation order like the UUIDv7 of Uuid::createV7() (which reads the clock and is therefore not usable here).
 */
class DemoRandom
{
public:
    /// `idEpochMs`: the Unix time in milliseconds of the first id.
    DemoRandom(quint32 seed, qint64 idEpochMs);

    /// A whole number in [low, high]; low when high < low.
    int between(int low, int high);
    /// True with the given probability (0..1).
    bool chance(double probability);
    /// A number in [0, 1).
    double unit();
    /// One element of a non-empty list.
    template<typename T>
    const T& pick(const QList<T>& list)
    {
        return list.at(between(0, static_cast<int>(list.size()) - 1));
    }

    /// The next deterministic UUIDv7-shaped id (see the class comment).
    QUuid nextId();
    /// nextId() as database text.
    QString nextIdText();

private:
    std::uint32_t next() { return static_cast<std::uint32_t>(m_engine()); }

    std::mt19937 m_engine;
    qint64 m_idMs;
};

} // namespace kinerja
