// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/CascadeDialog.h"

#include "ui/plan/CascadeTreeModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace kinerja {

CascadeDialog::CascadeDialog(
    const QList<CascadeSource::SourcePlan>& sources, const QString& assessorName, const QUuid& current, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("cascadeDialog"));
    setWindowTitle(tr("Cascades from"));
    auto* intro = new QLabel(tr("Choose the result of your Pejabat Penilai Kinerja (%1) that this work result "
                                "supports. Type a few words to find it.")
                                 .arg(assessorName.isEmpty() ? tr("not recorded") : assessorName),
        this);
    intro->setWordWrap(true);

    m_model = new CascadeTreeModel(this);
    m_model->setSources(sources);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(CascadeTreeModel::SearchTextRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setAutoAcceptChildRows(true);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("cascadeSearchLineEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setPlaceholderText(tr("For example: laporan, kepegawaian"));
    auto* searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_searchEdit);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("cascadeTreeView"));
    m_view->setModel(m_filter);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setAccessibleName(tr("Approved results of the Pejabat Penilai Kinerja"));
    m_view->expandAll();

    m_emptyLabel = new QLabel(tr("Your Pejabat Penilai Kinerja has no approved SKP for these dates in the "
                                 "system yet. Close this window and write the result you support under "
                                 "\"Outside the system\", or ask your assessor to have their SKP approved first."),
        this);
    m_emptyLabel->setObjectName(QStringLiteral("cascadeEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setVisible(sources.isEmpty());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_chooseButton = buttons->addButton(tr("&Choose"), QDialogButtonBox::AcceptRole);
    m_chooseButton->setObjectName(QStringLiteral("chooseCascadeButton"));
    m_chooseButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_searchEdit, &QLineEdit::textChanged, this, &CascadeDialog::setFilterText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CascadeDialog::updateButtons);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (!index.data(CascadeTreeModel::ResultIdRole).toUuid().isNull()) {
            accept();
        }
    });

    auto* search = new QHBoxLayout;
    search->addWidget(searchLabel);
    search->addWidget(m_searchEdit, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(buttons);

    setTabOrder(m_searchEdit, m_view);
    m_searchEdit->setFocus();
    if (!current.isNull()) {
        selectResult(current);
    }
    updateButtons();
    resize(720, 480);
}

void CascadeDialog::setFilterText(const QString& text)
{
    if (m_searchEdit->text() != text) {
        m_searchEdit->setText(text); // comes back here through textChanged
        return;
    }
    m_filter->setFilterFixedString(text.simplified());
    m_view->expandAll();
    // Keep a result selected: the first one shown, when the selection was filtered away.
    if (chosenResultId().isNull() && m_filter->rowCount() > 0) {
        const auto firstPlan = m_filter->index(0, 0);
        if (m_filter->rowCount(firstPlan) > 0) {
            m_view->setCurrentIndex(m_filter->index(0, 0, firstPlan));
        }
    }
    updateButtons();
}

bool CascadeDialog::selectResult(const QUuid& resultId)
{
    auto source = m_model->indexOfResult(resultId);
    if (!source.isValid()) {
        return false;
    }
    if (!m_filter->mapFromSource(source).isValid()) {
        setFilterText(QString());
    }
    const auto index = m_filter->mapFromSource(source);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    updateButtons();
    return true;
}

QUuid CascadeDialog::chosenResultId() const
{
    const auto index = m_view->currentIndex();
    return index.isValid() ? index.data(CascadeTreeModel::ResultIdRole).toUuid() : QUuid();
}

int CascadeDialog::visibleResultCount() const
{
    int count = 0;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        count += m_filter->rowCount(m_filter->index(row, 0));
    }
    return count;
}

void CascadeDialog::updateButtons()
{
    m_chooseButton->setEnabled(!chosenResultId().isNull());
}

} // namespace kinerja
