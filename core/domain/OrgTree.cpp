// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/OrgTree.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

namespace kinerja {

namespace {

QString label(const OrgUnit& unit)
{
    const QString name = unit.name.simplified();
    return QStringLiteral("\"%1\"").arg(name.isEmpty() ? unit.id.toString(QUuid::WithoutBraces) : name);
}

} // namespace

Result<OrgTree> OrgTree::build(const QList<OrgUnit>& units)
{
    OrgTree tree;
    QStringList problems;

    for (const OrgUnit& unit : units) {
        if (unit.id.isNull()) {
            problems << tr("The unit %1 has no id.").arg(label(unit));
            continue;
        }
        if (tree.m_index.contains(unit.id)) {
            problems << tr("The units %1 and %2 have the same id %3.")
                            .arg(label(tree.m_units.at(tree.m_index.value(unit.id))), label(unit),
                                unit.id.toString(QUuid::WithoutBraces));
            continue;
        }
        tree.m_index.insert(unit.id, tree.m_units.size());
        tree.m_units.append(unit);
    }

    QSet<QUuid> broken; // units whose parent link is unusable; treated as roots while looking for cycles
    for (const OrgUnit& unit : std::as_const(tree.m_units)) {
        if (unit.isRoot()) {
            continue;
        }
        if (unit.parentId == unit.id) {
            problems << tr("The unit %1 is its own parent.").arg(label(unit));
            broken.insert(unit.id);
        } else if (!tree.m_index.contains(unit.parentId)) {
            problems << tr("The parent of the unit %1 does not exist (id %2).")
                            .arg(label(unit), unit.parentId.toString(QUuid::WithoutBraces));
            broken.insert(unit.id);
        }
    }

    for (const OrgUnit& unit : std::as_const(tree.m_units)) {
        if (!unit.assessmentDelegateId.isNull() && !tree.m_index.contains(unit.assessmentDelegateId)) {
            problems << tr("The unit %1 delegates assessment to a unit that does not exist (id %2).")
                            .arg(label(unit), unit.assessmentDelegateId.toString(QUuid::WithoutBraces));
        }
    }

    // Follow parent links from every unit; meeting a unit of the current walk again closes a cycle.
    enum class State
    {
        Unseen,
        OnWalk,
        Done
    };
    QHash<QUuid, State> state;
    for (const OrgUnit& start : std::as_const(tree.m_units)) {
        QList<QUuid> walk;
        QUuid current = start.id;
        while (true) {
            const State seen = state.value(current, State::Unseen);
            if (seen == State::Done) {
                break;
            }
            if (seen == State::OnWalk) {
                QStringList names;
                for (qsizetype i = walk.indexOf(current); i < walk.size(); ++i) {
                    names << label(tree.m_units.at(tree.m_index.value(walk.at(i))));
                }
                names << label(tree.m_units.at(tree.m_index.value(current)));
                problems << tr("The units form a cycle, each the parent of the one before: %1.")
                                .arg(names.join(QStringLiteral(" → ")));
                break;
            }
            state.insert(current, State::OnWalk);
            walk.append(current);
            const OrgUnit& unit = tree.m_units.at(tree.m_index.value(current));
            if (unit.isRoot() || broken.contains(current)) {
                break;
            }
            current = unit.parentId;
        }
        for (const QUuid& id : std::as_const(walk)) {
            state.insert(id, State::Done);
        }
    }

    if (!problems.isEmpty()) {
        return Result<OrgTree>::failure(problems);
    }
    for (const OrgUnit& unit : std::as_const(tree.m_units)) {
        if (!unit.isRoot()) {
            tree.m_children[unit.parentId].append(unit.id);
        }
    }
    for (const OrgUnit& unit : std::as_const(tree.m_units)) {
        if (!unit.assessmentDelegateId.isNull() && !tree.isAncestor(unit.id, unit.assessmentDelegateId)) {
            problems << tr("The unit %1 delegates assessment to %2, which is not below it.")
                            .arg(label(unit), label(*tree.unit(unit.assessmentDelegateId)));
        }
    }
    if (!problems.isEmpty()) {
        return Result<OrgTree>::failure(problems);
    }
    return tree;
}

const OrgUnit* OrgTree::unit(const QUuid& id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_units.at(*it);
}

QList<QUuid> OrgTree::roots() const
{
    QList<QUuid> result;
    for (const OrgUnit& unit : m_units) {
        if (unit.isRoot()) {
            result.append(unit.id);
        }
    }
    return result;
}

std::optional<QUuid> OrgTree::parent(const QUuid& id) const
{
    const OrgUnit* found = unit(id);
    if (!found || found->isRoot()) {
        return std::nullopt;
    }
    return found->parentId;
}

QList<QUuid> OrgTree::children(const QUuid& id) const
{
    return m_children.value(id);
}

QList<QUuid> OrgTree::descendants(const QUuid& id) const
{
    QList<QUuid> result;
    for (const QUuid& child : m_children.value(id)) {
        result.append(child);
        result.append(descendants(child));
    }
    return result;
}

QList<QUuid> OrgTree::ancestors(const QUuid& id) const
{
    QList<QUuid> result;
    for (auto up = parent(id); up; up = parent(*up)) {
        result.append(*up);
    }
    return result;
}

QList<QUuid> OrgTree::path(const QUuid& id) const
{
    if (!contains(id)) {
        return {};
    }
    QList<QUuid> result = ancestors(id);
    std::reverse(result.begin(), result.end());
    result.append(id);
    return result;
}

QString OrgTree::pathText(const QUuid& id, const QString& separator) const
{
    QStringList names;
    for (const QUuid& step : path(id)) {
        names << unit(step)->name;
    }
    return names.join(separator);
}

bool OrgTree::isAncestor(const QUuid& ancestor, const QUuid& id) const
{
    return ancestors(id).contains(ancestor);
}

std::optional<QUuid> OrgTree::opdOf(const QUuid& id) const
{
    for (const QUuid& step : path(id)) {
        if (unit(step)->kind == OrgUnit::Kind::Opd) {
            return step;
        }
    }
    return std::nullopt;
}

} // namespace kinerja
