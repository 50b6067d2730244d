// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/OrgUnit.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QUuid>

#include <optional>

namespace kinerja {

/**
 * The organisation as a forest of OrgUnits (normally one tree under the instansi), built once from a list of
 * units and immutable afterwards. build() guarantees: unique non-null ids, every parent exists, no cycles.
 * Queries about an unknown id return nothing (nullptr, empty list or empty optional).
 */
class OrgTree
{
    Q_DECLARE_TR_FUNCTIONS(OrgTree)

public:
    /// An empty tree.
    OrgTree() = default;

    /// Every problem at once: null or duplicate ids, missing parents, units that are their own parent, cycles.
    static Result<OrgTree> build(const QList<OrgUnit>& units);

    bool isEmpty() const { return m_units.isEmpty(); }
    bool contains(const QUuid& id) const { return m_index.contains(id); }
    /// The unit, or nullptr. The pointer stays valid as long as this tree (or a copy of it) is not destroyed.
    const OrgUnit* unit(const QUuid& id) const;
    /// All units in the order given to build().
    const QList<OrgUnit>& units() const { return m_units; }
    /// Units without a parent, in input order.
    QList<QUuid> roots() const;

    /// The parent's id; empty for a root or an unknown id.
    std::optional<QUuid> parent(const QUuid& id) const;
    /// Direct children, in input order.
    QList<QUuid> children(const QUuid& id) const;
    /// Every unit below, depth first, in input order.
    QList<QUuid> descendants(const QUuid& id) const;
    /// Parent first, root last; empty for a root.
    QList<QUuid> ancestors(const QUuid& id) const;
    /// Root first, the unit itself last.
    QList<QUuid> path(const QUuid& id) const;
    /// The names along path(), joined: "Pemerintah Provinsi Jambi / Dinas Pendidikan / Bidang SMA".
    QString pathText(const QUuid& id, const QString& separator = QStringLiteral(" / ")) const;
    /// True when `ancestor` is a proper ancestor of `id`.
    bool isAncestor(const QUuid& ancestor, const QUuid& id) const;

    /// The OPD a unit belongs to: the topmost unit of kind Opd on its path, the unit itself included (so a Biro
    /// modelled as an OPD under the Sekretariat Daerah belongs to the Sekretariat Daerah). Empty when the path
    /// has no OPD (the instansi itself).
    std::optional<QUuid> opdOf(const QUuid& id) const;

private:
    QList<OrgUnit> m_units;
    QHash<QUuid, qsizetype> m_index;
    QHash<QUuid, QList<QUuid>> m_children;
};

} // namespace kinerja
