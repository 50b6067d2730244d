// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kinerja {

/**
 * How PeriodSchedule sets each period's default batas pengisian (entry deadline). The regulations fix no such
 * deadline (domain.md 3.3, open question 2), so these are our defaults, meant to be changed per agency and year:
 *  - a periodic evaluation: 10 calendar days after the period's last day (10 April for TRIWULAN I), leaving the
 *    first days of the next month for realisations and evidence before the monthly TPP is processed;
 *  - the annual evaluation: 31 calendar days after the SKP's last day (31 January for a full-year SKP), matching
 *    the end-of-January practice.
 * Calendar days, not working days: holidays are decided yearly by decree and are not known here. Counts < 0 are
 * treated as 0 (deadline on the last day of the period).
 */
struct DeadlinePolicy
{
    int periodicDaysAfterEnd = 10;
    int annualDaysAfterEnd = 31;

    friend bool operator==(const DeadlinePolicy&, const DeadlinePolicy&) = default;
};

} // namespace kinerja
