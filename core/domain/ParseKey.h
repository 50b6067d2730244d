// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kinerja {

/**
 * The key under which the parse functions of the grading enums (Rating, PerformanceGrade, OrganizationGrade)
 * compare words: letters and digits only, lower case. So "Di Atas Ekspektasi", "DIATAS EKSPEKTASI",
 * "di-atas-ekspektasi" and "DiAtasEkspektasi" all give "diatasekspektasi", and "Kurang/Misconduct" gives
 * "kurangmisconduct".
 */
inline QString parseKey(const QString& text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            key.append(c.toLower());
        }
    }
    return key;
}

} // namespace kinerja
