// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/EmployeeKind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <compare>
#include <optional>

namespace kinerja {

/**
 * Pangkat / golongan ruang (domain.md 6.3, 6.4). A PNS has golongan I..IV with ruang a..d (IV: a..e) and a
 * pangkat name ("Penata" for III/c); a PPPK has golongan I..XVII and no pangkat name. A Rank is always one of
 * those 17 + 17 values. Pejabat negara have no rank: use std::optional<Rank>.
 *
 * Ordering: PNS ranks ascend from I/a to IV/e and PPPK ranks from I to XVII; every PNS rank sorts before every
 * PPPK rank only so that the order is total (comparing across kinds has no meaning in the regulations).
 */
class Rank
{
    Q_DECLARE_TR_FUNCTIONS(Rank)

public:
    /// golongan 1..4 and ruang 'a'..'d' ('a'..'e' for IV); empty for any other combination.
    static std::optional<Rank> pns(int golongan, char ruang);
    /// golongan 1..17; empty otherwise.
    static std::optional<Rank> pppk(int golongan);

    /// I/a .. IV/e in ascending order (17 ranks).
    static QList<Rank> allPns();
    /// I .. XVII in ascending order.
    static QList<Rank> allPppk();

    /**
     * Reads a rank as people write it: "III/c", "iii/c", "3c", "3/c", "III-c", "III c", a PNS pangkat name
     * ("Penata", "Penata Tingkat I", "Penata Tk. I"), or a PPPK golongan "IX", "9", "Golongan IX", "Gol. IX".
     * A code with a ruang letter is a PNS rank and one without is a PPPK golongan; `kind`, when given, must
     * agree. A translated reason when the text is not a rank.
     */
    static Result<Rank> parse(const QString& text, std::optional<EmployeeKind> kind = {});

    EmployeeKind kind() const { return m_kind; }
    /// 1..4 for PNS, 1..17 for PPPK.
    int golongan() const { return m_golongan; }
    /// 'a'..'e' for PNS; 0 for PPPK.
    char ruang() const { return m_ruang; }

    /// "III/c" or "IX".
    QString code() const;
    /// The official pangkat name, "Penata Tingkat I" for III/d; empty for PPPK, which have none.
    QString pangkatName() const;
    /// For the PANGKAT/GOL. RUANG cell of printed documents: "Penata, III/c" or "Golongan IX". Not translated.
    QString printable() const;

    friend bool operator==(const Rank&, const Rank&) = default;
    friend std::strong_ordering operator<=>(const Rank&, const Rank&) = default;

private:
    Rank(EmployeeKind kind, int golongan, char ruang)
        : m_kind(kind)
        , m_golongan(golongan)
        , m_ruang(ruang)
    { }

    // Member order defines the ordering above.
    EmployeeKind m_kind;
    int m_golongan;
    char m_ruang;
};

} // namespace kinerja
