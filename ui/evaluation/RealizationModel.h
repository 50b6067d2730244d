// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/PerformancePlan.h"
#include "core/domain/RealizationPaste.h"
#include "core/storage/EvaluationRepository.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <optional>

class QHeaderView;

namespace kinerja {

/**
 * The indicators of an SKP grouped by work result (a two-level tree: results, then their indicators), with the
 * realisation of one evaluation: action plan (rencana aksi), realisation (a number in the indicator's unit, or text
 * for a narrative target), the achievement as information (Achievement: higher or lower is better) and the number
 * of evidence items. Results are numbered 1.. (main, then additional) and indicators "result.indicator" ("2.1"),
 * the numbers a spreadsheet paste may use.
 *
 * The model never writes: an edit of the action plan or the realisation cell emits editRequested(), and the page
 * turns it into an undo command, which stores it and refreshes the values (setValues()). An SKP has some tens of
 * indicators, so everything is loaded at once.
 */
class RealizationModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    using Realization = EvaluationRepository::Realization;

    enum Column
    {
        NumberColumn,
        IndicatorColumn,
        TargetColumn,
        ActionPlanColumn,
        RealizationColumn,
        AchievementColumn,
        EvidenceColumn,
        ColumnCount
    };

    enum Role
    {
        IndicatorIdRole = Qt::UserRole + 1,
        WorkResultIdRole,
        IsResultRole,
    };

    struct IndicatorEntry
    {
        QString number; ///< "2.1"
        QUuid workResultId;
        Indicator indicator;
        bool numeric = true; ///< the realisation is a number (else text, for a narrative target)
        int order = 0; ///< position over the whole plan, for new realisation rows
    };

    struct ResultEntry
    {
        QString number; ///< "2"
        WorkResult result;
        QList<IndicatorEntry> indicators;
    };

    explicit RealizationModel(QObject* parent = nullptr);

    /// Sizes the columns of a view of this model: the indicator text takes the room the short columns leave (1366 x
    /// 768 at 125% is narrow).
    static void setUpHeader(QHeaderView& header);

    /// Shows the results and indicators of `plan`, without values.
    void setPlan(const PerformancePlan& plan);
    /// Empties the model.
    void clear();
    /// The realisations of the evaluation shown and its evidence count per indicator.
    void setValues(const QList<Realization>& realizations, const QHash<QUuid, int>& evidenceCounts);
    /// Whether the action plan and realisation cells may be edited now.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    const QList<ResultEntry>& results() const { return m_results; }
    /// The indicator of a row (any column), or nullptr for a result row or an invalid index.
    const IndicatorEntry* indicatorAt(const QModelIndex& index) const;
    /// The index of an indicator's row in `column`, or an invalid index.
    QModelIndex indexOfIndicator(const QUuid& indicatorId, int column = NumberColumn) const;
    /// The stored realisation of an indicator, if any.
    std::optional<Realization> realizationOf(const QUuid& indicatorId) const;
    /// The indicators as a spreadsheet paste may name them.
    QList<RealizationPaste::Target> pasteTargets() const;

    /**
     * The realisation row after typing `text` in an action plan or realisation cell (the indicator's stored row
     * changed, or a new one); a translated reason when a number cannot be read.
     */
    Result<Realization> edited(const QModelIndex& index, const QString& text) const;
    /// The realisation row for an indicator after a pasted row.
    Realization pasted(const IndicatorEntry& entry, const RealizationPaste::Row& row) const;

    /// "12,5 dokumen" / "12.5 dokumen" in the UI language; the narrative as written.
    static QString targetText(const Indicator& indicator);
    /// The realisation as shown: the number with the unit, or the text.
    static QString realizationText(const IndicatorEntry& entry, const Realization& realization);
    /// "83,3%" / "83.3%", or empty when there is no percentage (see achievementExplanation()).
    static QString achievementText(const IndicatorEntry& entry, const std::optional<Realization>& realization);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// The user typed `text` in an editable cell (different from what is stored).
    void editRequested(const QModelIndex& index, const QString& text);

private:
    QVariant resultData(const ResultEntry& entry, int column, int role) const;
    QVariant indicatorData(const IndicatorEntry& entry, int column, int role) const;

    QList<ResultEntry> m_results;
    QHash<QUuid, Realization> m_realizations; ///< by indicator id
    QHash<QUuid, int> m_evidenceCounts; ///< by indicator id
    bool m_editable = false;
};

} // namespace kinerja
