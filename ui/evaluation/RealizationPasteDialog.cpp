// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/RealizationPasteDialog.h"

#include "ui/evaluation/PasteRowModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kinerja {

RealizationPasteDialog::RealizationPasteDialog(
    QList<RealizationPaste::Row> rows, QList<RealizationPaste::Target> targets, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("realizationPasteDialog"));
    setWindowTitle(tr("Paste realizations from a spreadsheet"));

    auto* help = new QLabel(shapesHelp(), this);
    help->setObjectName(QStringLiteral("pasteHelpLabel"));
    help->setWordWrap(true);
    help->setTextFormat(Qt::RichText);

    m_model = new PasteRowModel(std::move(rows), std::move(targets), this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("pastePreviewTableView"));
    m_view->setAccessibleName(tr("Pasted rows"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(PasteRowModel::LineColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PasteRowModel::IndicatorColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(PasteRowModel::RealizationColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PasteRowModel::ActionPlanColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(PasteRowModel::StatusColumn, QHeaderView::Stretch);
    // Wrapped cells get their height once the columns have their widths.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, m_view, &QTableView::resizeRowsToContents);

    const int valid = m_model->validCount();
    const int total = m_model->rowCount();
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("pasteSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    if (total == 0) {
        m_summaryLabel->setText(tr("The clipboard holds no rows. Copy the rows in your spreadsheet first."));
    } else if (valid == total) {
        m_summaryLabel->setText(tr("Every pasted row can be applied (%n).", nullptr, total));
    } else {
        m_summaryLabel->setText(tr("%1 of %2 rows can be applied. Rows marked \"Left out\" change nothing; correct "
                                   "them in the spreadsheet and paste them again.")
                                    .arg(valid)
                                    .arg(total));
    }

    auto* buttons = new QDialogButtonBox(this);
    m_applyButton = buttons->addButton(tr("&Apply %n row(s)", nullptr, valid), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("applyPasteButton"));
    m_applyButton->setEnabled(valid > 0);
    m_applyButton->setDefault(valid > 0);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(buttons);
    m_view->setFocus();
    resize(900, 480);
}

QList<RealizationPaste::Row> RealizationPasteDialog::validRows() const
{
    QList<RealizationPaste::Row> valid;
    for (const auto& row : m_model->rows()) {
        if (row.isValid()) {
            valid.append(row);
        }
    }
    return valid;
}

QString RealizationPasteDialog::shapesHelp()
{
    return tr("<p>Each row names one indicator, then its realization, then (optionally) the action plan, in "
              "columns separated by tabs, as a spreadsheet copies them:</p>"
              "<ul><li><b>number</b> | realization | action plan, e.g. <tt>2.1 | 12,5 | Menyusun laporan</tt></li>"
              "<li><b>number</b> | indicator text | realization | action plan</li>"
              "<li><b>indicator text</b> | realization | action plan</li></ul>"
              "<p>The number is the one in the No. column (2.1). Numbers may have a decimal comma or a decimal point "
              "(12,5 or 12.5; with both, as in 1.234,5 or 1,234.5, the last one is the decimal separator); the "
              "indicator's unit after the number is ignored. An empty realization with an action plan changes only "
              "the action plan.</p>");
}

} // namespace kinerja
