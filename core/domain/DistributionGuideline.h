// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/OrganizationGrade.h"
#include "core/domain/PerformanceGrade.h"
#include "core/domain/Rating.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>

namespace kinerja {

/**
 * The pola distribusi predikat kinerja pegawai of SE MenPANRB 3/2023 (domain.md 4.5): for each predikat kinerja
 * organisasi, which shares of the employees of the organisation (or unit) may or must get which predikat.
 *
 *   Organisation      Rules
 *   Istimewa          Sangat Baik at most 70%
 *   Baik              Baik at most 70%; Butuh Perbaikan + Kurang/Misconduct must exist (at least one)
 *   Butuh Perbaikan   Sangat Baik at most 10%; Butuh Perbaikan at least 60%
 *   Kurang            Sangat Baik at most 10%; Butuh Perbaikan at least 10%; Kurang/Misconduct at least 60%
 *   Sangat Kurang     Sangat Baik not allowed (at most 0%); Butuh Perbaikan + Kurang/Misconduct at least 10%;
 *                     Sangat Kurang at least 60%
 *
 * A rule on "A + B" counts both grades together. The SE's "sebagian besar" (most) for Sangat Baik under Istimewa
 * is descriptive and is not checked. The guideline never blocks a rating (product decision): check() only
 * returns warnings. Everything here is a pure function of its arguments.
 *
 * Rounding (the SE gives shares, not counts, and no rounding rule is known; domain.md 4.5 [U]):
 * a maximum share allows floor(share x n) employees, and a minimum share requires ceil(share x n).
 * In other words a count is fine exactly when its exact share is within the limit ("exactly 70% is fine,
 * 70.1% warns"), so allowedCounts() and check() always agree: the allowed counts are exactly the counts that
 * raise no warning. We deliberately do not round maxima up to "at least one" for small units: 1 Sangat Baik out
 * of 2 employees would then pass a 10% limit at 50%. Small units are better judged together at the level of the
 * OPD, where the shares become meaningful; for a unit on its own the warnings say what the SE says.
 * Consequences for n = 1..5 employees:
 *   Istimewa         at most 0, 1, 2, 2, 3 Sangat Baik (so a one-person unit warns on Sangat Baik)
 *   Baik             at most 0, 1, 2, 2, 3 Baik, and from n = 1 at least one Butuh Perbaikan or Kurang/Misconduct
 *   Butuh Perbaikan  no Sangat Baik below n = 10; at least 1, 2, 2, 3, 3 Butuh Perbaikan
 *   Kurang           no Sangat Baik below n = 10; at least 1 Butuh Perbaikan and 1, 2, 2, 3, 3 Kurang/Misconduct,
 *                    which needs 2, 3, 3, 4, 4 people: units of 1 or 2 cannot avoid a warning
 *   Sangat Kurang    no Sangat Baik; at least 1 Butuh Perbaikan + Kurang/Misconduct and 1, 2, 2, 3, 3
 *                    Sangat Kurang: again units of 1 or 2 cannot avoid a warning
 * An empty unit (n = 0) has no warnings.
 */
class DistributionGuideline
{
    Q_DECLARE_TR_FUNCTIONS(DistributionGuideline)

public:
    enum class RuleKind
    {
        Maximum, ///< the grades together at most `percent` of the headcount (0 = not allowed)
        Minimum, ///< the grades together at least `percent` of the headcount
        MustExist ///< at least one employee with one of the grades, when the unit is not empty
    };

    /// One cell of the table: a limit on one grade, or on several grades counted together.
    struct Rule
    {
        QList<PerformanceGrade> grades;
        RuleKind kind = RuleKind::Maximum;
        int percent = 0; ///< whole percent of the headcount; 0 for MustExist

        /// "Sangat Baik", or "Butuh Perbaikan + Kurang/Misconduct" for grades counted together. Not translated.
        QString label() const;
        /// The number of employees this rule allows (Maximum) or requires (Minimum, MustExist) in a unit of
        /// `headcount`: floor for maxima, ceil for minima (see the class comment).
        int limit(int headcount) const;
        /// True when `count` employees out of `headcount` break the rule.
        bool isBrokenBy(int count, int headcount) const;
        friend bool operator==(const Rule&, const Rule&) = default;
    };

    /// How many employees have each grade. Indexed by PerformanceGrade.
    class Counts
    {
    public:
        Counts() = default;
        /// In PerformanceGrade order: Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang.
        Counts(int veryGood, int good, int needsImprovement, int poorMisconduct, int veryPoor);

        int count(PerformanceGrade grade) const { return m_counts.at(static_cast<size_t>(grade)); }
        void setCount(PerformanceGrade grade, int count) { m_counts.at(static_cast<size_t>(grade)) = count; }
        /// The sum over the given grades.
        int count(const QList<PerformanceGrade>& grades) const;
        /// The headcount: the sum over all grades.
        int total() const;
        friend bool operator==(const Counts&, const Counts&) = default;

    private:
        std::array<int, 5> m_counts {};
    };

    /// A rule broken by actual counts, with a translated sentence naming the rule, the actual share and the limit.
    struct Warning
    {
        Rule rule;
        int count = 0; ///< employees with the rule's grades
        int headcount = 0;
        QString message;
    };

    /// The allowed range for one grade: `minimum` <= count <= `maximum`.
    struct GradeRange
    {
        PerformanceGrade grade = PerformanceGrade::VeryGood;
        int minimum = 0;
        int maximum = 0;
    };

    /// The counts that raise no warning, for one organisation grade and headcount.
    struct AllowedCounts
    {
        OrganizationGrade organizationGrade = OrganizationGrade::Outstanding;
        int headcount = 0;
        /**
         * Five entries, best grade first. `minimum` comes from the rules on that grade alone; `maximum` from its
         * own maximum share and from the room left by the minima of the other grades (for example 4 of 10 under
         * Butuh Perbaikan, where 6 must be Butuh Perbaikan). Rules on grades counted together (Butuh Perbaikan +
         * Kurang/Misconduct) are in `combined`, not in the minima here.
         */
        QList<GradeRange> grades;
        /// The rules on several grades counted together, each with its required count from Rule::limit().
        QList<Rule> combined;
        /// The fewest employees that all the minima need together.
        int requiredEmployees = 0;
        /// False when the minima need more employees than the unit has: then every distribution warns.
        bool isSatisfiable() const { return requiredEmployees <= headcount; }
        GradeRange range(PerformanceGrade grade) const;
    };

    /// The rules for one organisation grade, in the order of the table above.
    static QList<Rule> rules(OrganizationGrade organizationGrade);

    /**
     * The warnings for a unit whose employees have `counts`, in the order of rules(). Empty when the
     * distribution follows the guideline (and always for an empty unit). Fails only for a negative count.
     */
    static Result<QList<Warning>> check(OrganizationGrade organizationGrade, const Counts& counts);

    /// The allowed counts per grade for `headcount` employees. Fails for a negative headcount.
    static Result<AllowedCounts> allowedCounts(OrganizationGrade organizationGrade, int headcount);

    /// One translated paragraph that explains the rounding, for the CLI and the recap views.
    static QString roundingNote();

    /**
     * The rating hasil kerja of a JPT or pimpinan unit kerja mandiri, who leads the organisation: it follows the
     * predikat kinerja organisasi (SE MenPANRB 3/2023 [P]). Istimewa -> Di Atas Ekspektasi, Baik -> Sesuai
     * Ekspektasi, Butuh Perbaikan, Kurang and Sangat Kurang -> Di Bawah Ekspektasi. This mapping is an ASSUMPTION
     * (domain.md 1.3 and 4.1, [U]): the annex wording could not be retrieved; confirm it with BKD.
     */
    static Rating leaderResultRating(OrganizationGrade organizationGrade);

    /// The share count/headcount as a percentage for messages: "80%", "33.3%" (one decimal, half up, omitted
    /// when the share is a whole percent), with the default QLocale's decimal point. "0%" for an empty unit.
    static QString formatShare(int count, int headcount);

private:
    static QString warningMessage(const Rule& rule, int count, int headcount, OrganizationGrade organizationGrade);
};

} // namespace kinerja
