// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/TeamMatrixPage.h"

#include "core/storage/TeamMatrix.h"
#include "ui/Session.h"
#include "ui/review/TeamMatrixModel.h"
#include "ui/widgets/ErrorLabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

namespace kinerja {

TeamMatrixPage::TeamMatrixPage(Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("teamMatrixPage"));
    m_yearSpin = new QSpinBox(this);
    m_yearSpin->setObjectName(QStringLiteral("matrixYearSpinBox"));
    m_yearSpin->setRange(2000, 2100);
    m_yearSpin->setValue(m_session.today().year());
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_yearSpin);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("matrixSummaryLabel"));
    m_summaryLabel->setWordWrap(true);

    m_model = new TeamMatrixModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("teamMatrixView"));
    m_view->setAccessibleName(tr("Your results and the results of your people that cascade from them"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->setUniformRowHeights(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TeamMatrixModel::ResultColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(TeamMatrixModel::PeopleColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(TeamMatrixModel::PeopleColumn, fontMetrics().averageCharWidth() * 36);
    m_errorLabel = new ErrorLabel(this);

    auto* top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_yearSpin);
    top->addWidget(m_summaryLabel, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_errorLabel);

    connect(m_yearSpin, &QSpinBox::valueChanged, this, &TeamMatrixPage::showYear);
}

QString TeamMatrixPage::title() const
{
    return tr("Team matrix");
}

void TeamMatrixPage::reload()
{
    showYear();
}

void TeamMatrixPage::setYear(int year)
{
    m_yearSpin->setValue(year);
    showYear();
}

QString TeamMatrixPage::summaryText() const
{
    return m_summaryLabel->text();
}

void TeamMatrixPage::showYear()
{
    m_errorLabel->clearMessage();
    if (!m_session.isOpen() || !m_session.isSignedIn()) {
        m_model->setMatrix({});
        return;
    }
    const auto matrix =
        TeamMatrix(m_session.database()).of(m_session.user().employeeId, m_yearSpin->value(), m_session.today());
    if (!matrix) {
        m_model->setMatrix({});
        m_summaryLabel->clear();
        m_errorLabel->showMessage(matrix.error());
        return;
    }
    m_model->setMatrix(*matrix);
    m_view->expandAll();
    if (matrix->rows.isEmpty() && matrix->people == 0) {
        m_summaryLabel->setText(
            tr("You have no SKP in %1 and nobody you assess has one: nothing to show.").arg(m_yearSpin->value()));
    } else {
        m_summaryLabel->setText(
            tr("%n of your people have results in %1.", nullptr, matrix->people).arg(m_yearSpin->value()) + u' '
            + tr("%n of your results are carried by nobody;", nullptr, matrix->uncarried()) + u' '
            + tr(
                "%n of their results cascade from none of yours.", nullptr, static_cast<int>(matrix->unlinked.size())));
    }
}

} // namespace kinerja
