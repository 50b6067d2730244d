// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Gender.h"

#include <QSet>
#include <QString>

namespace kinerja {

class DemoRandom;

/**
 * Realistic names and academic titles for generated employees of the Provinsi Jambi (Malay, Javanese, Minang and
 * Batak names, as met in a Jambi office), e.g. "Dr. Hj. Siti Aminah, S.Pd., M.Si.". Deterministic: everything
 * comes from the DemoRandom passed in, which must outlive this object. Names are unique within one generator
 * (a third name is added when a combination was already used).
 */
class IndonesianNameGenerator
{
public:
    enum class Education
    {
        Sma,
        Diploma3,
        Bachelor,
        Master,
        Doctorate
    };
    /// The field of study, which decides the gelar: S.Pd. / M.Pd., S.E. / M.M., S.H. / M.H., ...
    enum class Field
    {
        Education,
        Economics,
        Law,
        Computing,
        Health,
        Medicine,
        Social,
        Engineering,
        Administration
    };

    explicit IndonesianNameGenerator(DemoRandom& random);

    /// A name without titles, "Siti Aminah"; unique within this generator.
    QString name(Gender gender);
    /// Gelar depan: "Dr." for a doctorate, "dr." for a physician, sometimes "H."/"Hj." for an older Muslim
    /// employee (hajj); joined with spaces. May be empty.
    QString frontTitles(Gender gender, Education education, Field field, int age);
    /// Gelar belakang, comma separated: "S.Pd., M.Si.", "A.Md.Kom."; empty for SMA.
    QString backTitles(Education education, Field field);

private:
    DemoRandom& m_random;
    QSet<QString> m_used;
};

} // namespace kinerja
