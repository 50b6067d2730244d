// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/history/HistoryDialog.h"

#include "ui/history/HistoryModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace kinerja {

HistoryDialog::HistoryDialog(const Database& database, const QUuid& documentId, const QString& title, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("History: %1").arg(title));
    m_model = new HistoryModel(database, this);
    const bool loaded = m_model->load(documentId);

    auto* intro = new QLabel(
        loaded ? tr("Every change to this document, oldest first. The history cannot be edited.") : m_model->error(),
        this);
    intro->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("historyTableView"));
    m_view->setAccessibleName(tr("History"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
    m_view->resizeRowsToContents();
    if (m_model->rowCount() > 0) {
        m_view->scrollToBottom();
    }
    auto* empty = new QLabel(tr("No changes are recorded for this document yet."), this);
    empty->setVisible(loaded && m_model->rowCount() == 0);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(empty);
    layout->addWidget(buttons);
    resize(820, 480);
}

} // namespace kinerja
