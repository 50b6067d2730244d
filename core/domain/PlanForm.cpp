// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/PlanForm.h"

namespace kinerja {

QList<PlanForm> allPlanForms()
{
    return {PlanForm::Jpt, PlanForm::AdministratorFunctional};
}

QString officialName(PlanForm form)
{
    switch (form) {
    case PlanForm::Jpt:
        return QStringLiteral("JPT dan Pimpinan Unit Kerja Mandiri");
    case PlanForm::AdministratorFunctional:
        return QStringLiteral("JA/JF");
    }
    return {};
}

std::optional<PlanForm> planFormFromName(const QString& name)
{
    const QString key = name.trimmed();
    if (key.compare(QStringLiteral("JPT"), Qt::CaseInsensitive) == 0)
        return PlanForm::Jpt;
    if (key.compare(QStringLiteral("JA_JF"), Qt::CaseInsensitive) == 0)
        return PlanForm::AdministratorFunctional;
    for (const PlanForm form : allPlanForms()) {
        if (key.compare(officialName(form), Qt::CaseInsensitive) == 0)
            return form;
    }
    return std::nullopt;
}

} // namespace kinerja
