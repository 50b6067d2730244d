// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/DocumentKind.h"

#include <QCoreApplication>

namespace kinerja {

QList<DocumentKind> allDocumentKinds()
{
    return {DocumentKind::Plan, DocumentKind::Evaluation, DocumentKind::Objection};
}

QString codeName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Plan:
        return QStringLiteral("plan");
    case DocumentKind::Evaluation:
        return QStringLiteral("evaluation");
    case DocumentKind::Objection:
        return QStringLiteral("objection");
    }
    return {};
}

std::optional<DocumentKind> documentKindFromCode(const QString& code)
{
    for (const auto kind : allDocumentKinds()) {
        if (codeName(kind) == code) {
            return kind;
        }
    }
    return std::nullopt;
}

QString displayName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Plan:
        return QCoreApplication::translate("DocumentKind", "SKP");
    case DocumentKind::Evaluation:
        return QCoreApplication::translate("DocumentKind", "Performance evaluation");
    case DocumentKind::Objection:
        return QCoreApplication::translate("DocumentKind", "Objection");
    }
    return {};
}

} // namespace kinerja
