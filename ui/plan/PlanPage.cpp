// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/PlanPage.h"

#include "core/domain/ActorRole.h"
#include "core/domain/PlanValidator.h"
#include "core/storage/PlanStarter.h"
#include "ui/MessageBox.h"
#include "ui/Session.h"
#include "ui/history/HistoryDialog.h"
#include "ui/plan/AppendixListModel.h"
#include "ui/plan/CascadeDialog.h"
#include "ui/plan/CoreValueModel.h"
#include "ui/plan/IndicatorEditor.h"
#include "ui/plan/PlanDocument.h"
#include "ui/plan/PlanListModel.h"
#include "ui/plan/PlanTreeModel.h"
#include "ui/plan/ProblemListModel.h"
#include "ui/plan/ResultEditor.h"
#include "ui/plan/commands/AddAppendixLineCommand.h"
#include "ui/plan/commands/AddIndicatorCommand.h"
#include "ui/plan/commands/AddResultCommand.h"
#include "ui/plan/commands/EditAppendixLineCommand.h"
#include "ui/plan/commands/EditIndicatorCommand.h"
#include "ui/plan/commands/EditResultCommand.h"
#include "ui/plan/commands/MoveAppendixLineCommand.h"
#include "ui/plan/commands/MoveIndicatorCommand.h"
#include "ui/plan/commands/MoveResultCommand.h"
#include "ui/plan/commands/RemoveAppendixLineCommand.h"
#include "ui/plan/commands/RemoveIndicatorCommand.h"
#include "ui/plan/commands/RemoveResultCommand.h"
#include "ui/plan/commands/SetApproachCommand.h"
#include "ui/plan/commands/SetCascadeCommand.h"
#include "ui/settings/AppSettings.h"
#include "ui/widgets/Formatting.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace kinerja {

namespace {

const QString kMainSplitterKey = QStringLiteral("plan/mainSplitter");
const QString kResultsSplitterKey = QStringLiteral("plan/resultsSplitter");
const QString kTreeHeaderKey = QStringLiteral("plan/treeHeader");

constexpr std::array<AppendixSection, 3> kSections {
    AppendixSection::ResourceSupport, AppendixSection::AccountabilityScheme, AppendixSection::Consequences};

QString personHtml(const QString& role, const PersonSnapshot& person)
{
    QStringList lines {QStringLiteral("<b>%1</b>").arg(role.toHtmlEscaped())};
    if (person.isEmpty()) {
        lines.append(QStringLiteral("<i>%1</i>").arg(PlanPage::tr("not recorded").toHtmlEscaped()));
        return lines.join(QStringLiteral("<br>"));
    }
    lines.append(person.name.toHtmlEscaped());
    QStringList idLine;
    if (!person.nip.isEmpty()) {
        idLine.append(PlanPage::tr("NIP %1").arg(Formatting::nip(person.nip)).toHtmlEscaped());
    }
    if (!person.rank.isEmpty()) {
        idLine.append(person.rank.toHtmlEscaped());
    }
    if (!idLine.isEmpty()) {
        lines.append(idLine.join(QStringLiteral(" · ")));
    }
    if (!person.position.isEmpty()) {
        lines.append(person.position.toHtmlEscaped());
    }
    if (!person.unit.isEmpty()) {
        lines.append(person.unit.toHtmlEscaped());
    }
    return lines.join(QStringLiteral("<br>"));
}

QLabel* bannerLabel(const QString& objectName, const QString& style, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(6);
    label->setStyleSheet(style);
    label->hide();
    return label;
}

QPushButton* smallButton(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

} // namespace

PlanPage::PlanPage(Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("planPage"));
    m_undoStack = new QUndoStack(this);
    m_document = new PlanDocument(session, this);
    m_planList = new PlanListModel(session.database(), this);

    // The plan selector and the plan's actions.
    m_planCombo = new QComboBox(this);
    m_planCombo->setObjectName(QStringLiteral("planComboBox"));
    m_planCombo->setModel(m_planList);
    m_planCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_planCombo->setMinimumContentsLength(24);
    auto* planLabel = new QLabel(tr("S&KP:"), this);
    planLabel->setBuddy(m_planCombo);
    m_newPlanButton = new QToolButton(this);
    m_newPlanButton->setObjectName(QStringLiteral("newPlanToolButton"));
    m_newPlanButton->setText(tr("&New plan"));
    m_newPlanButton->setPopupMode(QToolButton::InstantPopup);
    m_newPlanButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* newMenu = new QMenu(m_newPlanButton);
    m_newBlankAction = newMenu->addAction(tr("&Blank plan for this year"));
    m_newBlankAction->setObjectName(QStringLiteral("newBlankPlanAction"));
    m_copyLastYearAction = newMenu->addAction(tr("&Copy of last year's plan"));
    m_copyLastYearAction->setObjectName(QStringLiteral("copyLastYearPlanAction"));
    m_newPositionAction = newMenu->addAction(tr("Plan for a new &position"));
    m_newPositionAction->setObjectName(QStringLiteral("newPositionPlanAction"));
    m_newPlanButton->setMenu(newMenu);
    m_historyButton = smallButton(tr("Histor&y"), QStringLiteral("historyButton"), this);
    m_historyButton->setToolTip(tr("Who changed what in this SKP, and when"));
    connect(m_newBlankAction, &QAction::triggered, this, &PlanPage::newBlankPlan);
    connect(m_copyLastYearAction, &QAction::triggered, this, &PlanPage::copyLastYearPlan);
    connect(m_newPositionAction, &QAction::triggered, this, &PlanPage::newPlanForNewPosition);
    connect(m_historyButton, &QPushButton::clicked, this, &PlanPage::showHistory);
    connect(m_planCombo, &QComboBox::activated, this, &PlanPage::planChosen);

    auto* topRow = new QHBoxLayout;
    topRow->addWidget(planLabel);
    topRow->addWidget(m_planCombo, 1);
    topRow->addWidget(m_newPlanButton);
    topRow->addWidget(m_historyButton);

    m_returnNoteLabel = bannerLabel(QStringLiteral("returnNoteLabel"),
        QStringLiteral("QLabel { background: #fff4ce; color: #3d2e00; border: 1px solid #c9a400; }"), this);
    m_readOnlyLabel = bannerLabel(
        QStringLiteral("readOnlyLabel"), QStringLiteral("QLabel { background: palette(alternate-base); }"), this);

    // The plan itself: header, then the tabs beside the problems.
    auto* planWidget = new QWidget(this);
    m_tabs = new QTabWidget(planWidget);
    m_tabs->setObjectName(QStringLiteral("planTabWidget"));
    m_tabs->addTab(createResultsTab(), tr("&Work results"));
    m_tabs->addTab(createBehaviorTab(), tr("Work &behaviour (BerAKHLAK)"));
    m_tabs->addTab(createAppendixTab(), tr("Appendi&x"));
    m_mainSplitter = new QSplitter(Qt::Horizontal, planWidget);
    m_mainSplitter->setObjectName(QStringLiteral("planMainSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->addWidget(m_tabs);
    m_mainSplitter->addWidget(createProblemsPanel());
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({750, 250});
    auto* planLayout = new QVBoxLayout(planWidget);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(createHeader());
    planLayout->addWidget(m_mainSplitter, 1);

    m_noPlanLabel = new QLabel(this);
    m_noPlanLabel->setObjectName(QStringLiteral("noPlanLabel"));
    m_noPlanLabel->setWordWrap(true);
    m_noPlanLabel->setAlignment(Qt::AlignCenter);
    m_contentStack = new QStackedWidget(this);
    m_contentStack->addWidget(m_noPlanLabel);
    m_contentStack->addWidget(planWidget);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(topRow);
    layout->addWidget(m_returnNoteLabel);
    layout->addWidget(m_readOnlyLabel);
    layout->addWidget(m_contentStack, 1);

    createActions();

    // Keyboard order follows the form: selector, header, tabs and their forms, then the problems and Submit.
    setTabOrder(m_planCombo, m_newPlanButton);
    setTabOrder(m_newPlanButton, m_historyButton);
    setTabOrder(m_historyButton, m_approachCombo);
    setTabOrder(m_approachCombo, m_tabs);
    setTabOrder(m_tabs, m_tree);
    setTabOrder(m_tree, m_addMainButton);
    setTabOrder(m_addMainButton, m_addAdditionalButton);
    setTabOrder(m_addAdditionalButton, m_addIndicatorButton);
    setTabOrder(m_addIndicatorButton, m_removeButton);
    setTabOrder(m_removeButton, m_moveUpButton);
    setTabOrder(m_moveUpButton, m_moveDownButton);
    setTabOrder(m_moveDownButton, m_resultEditor);
    setTabOrder(m_resultEditor, m_indicatorEditor);
    setTabOrder(m_indicatorEditor, m_problemView);
    setTabOrder(m_problemView, m_submitButton);
    setTabOrder(m_submitButton, m_recallButton);

    AppSettings settings;
    m_mainSplitter->restoreState(settings.viewState(kMainSplitterKey));
    m_resultsSplitter->restoreState(settings.viewState(kResultsSplitterKey));
    m_tree->header()->restoreState(settings.viewState(kTreeHeaderKey));
    connect(m_mainSplitter, &QSplitter::splitterMoved, this, &PlanPage::saveViewState);
    connect(m_resultsSplitter, &QSplitter::splitterMoved, this, &PlanPage::saveViewState);
    connect(m_tree->header(), &QHeaderView::sectionResized, this, &PlanPage::saveViewState);

    connect(m_document, &PlanDocument::contentChanged, this, &PlanPage::showDocument);
    connect(m_document, &PlanDocument::reloaded, this, [this]() { showDocument(currentItemId()); });
    connect(m_document, &PlanDocument::errorOccurred, this, &PlanPage::reportError);
    connect(&m_session, &Session::documentChanged, this, &PlanPage::documentChanged);
    connect(&m_session, &Session::userChanged, this, &PlanPage::reload);

    reload();
}

PlanPage::~PlanPage()
{
    // Typing that waits for a pause is stored before the page goes (the window closes, the person signs out).
    commitPendingEdits();
}

void PlanPage::hideEvent(QHideEvent* event)
{
    commitPendingEdits();
    Page::hideEvent(event);
}

QString PlanPage::title() const
{
    return tr("My plan");
}

QUndoStack* PlanPage::undoStack() const
{
    return m_undoStack;
}

QWidget* PlanPage::createHeader()
{
    auto* header = new QFrame(this);
    header->setObjectName(QStringLiteral("planHeaderFrame"));
    header->setFrameShape(QFrame::StyledPanel);
    m_employeeLabel = new QLabel(header);
    m_employeeLabel->setObjectName(QStringLiteral("employeeSnapshotLabel"));
    m_assessorLabel = new QLabel(header);
    m_assessorLabel->setObjectName(QStringLiteral("assessorSnapshotLabel"));
    m_secondAssessorLabel = new QLabel(header);
    m_secondAssessorLabel->setObjectName(QStringLiteral("secondAssessorSnapshotLabel"));
    for (auto* label : {m_employeeLabel, m_assessorLabel, m_secondAssessorLabel}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_periodLabel = new QLabel(header);
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));
    m_statusLabel = new QLabel(header);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_approachCombo = new QComboBox(header);
    m_approachCombo->setObjectName(QStringLiteral("approachComboBox"));
    for (const auto approach : allPlanApproaches()) {
        m_approachCombo->addItem(officialName(approach), int(approach));
    }
    m_approachCombo->setToolTip(tr("Quantitative: each indicator has a number as target and a unit. Qualitative: "
                                   "the measure and the target are written as one text."));
    auto* approachLabel = new QLabel(tr("&Approach:"), header);
    approachLabel->setBuddy(m_approachCombo);
    connect(m_approachCombo, &QComboBox::activated, this, [this]() {
        commitPendingEdits();
        if (ensureEditable()) {
            push(
                new SetApproachCommand(*m_document, static_cast<PlanApproach>(m_approachCombo->currentData().toInt())));
        }
        showHeader();
    });

    auto* approachRow = new QHBoxLayout;
    approachRow->addWidget(approachLabel);
    approachRow->addWidget(m_approachCombo);
    approachRow->addStretch(1);
    auto* grid = new QGridLayout(header);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_employeeLabel, 0, 0);
    grid->addWidget(m_assessorLabel, 0, 1);
    grid->addWidget(m_secondAssessorLabel, 0, 2);
    grid->addWidget(m_periodLabel, 1, 0);
    grid->addWidget(m_statusLabel, 1, 1);
    grid->addLayout(approachRow, 1, 2);
    for (int column = 0; column < 3; ++column) {
        grid->setColumnStretch(column, 1);
    }
    return header;
}

QWidget* PlanPage::createResultsTab()
{
    auto* tab = new QWidget(this);
    m_treeModel = new PlanTreeModel(this);
    m_tree = new QTreeView(tab);
    m_tree->setObjectName(QStringLiteral("resultTreeView"));
    m_tree->setModel(m_treeModel);
    m_tree->setAccessibleName(tr("Work results and their indicators"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(PlanTreeModel::TextColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(PlanTreeModel::AspectColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(PlanTreeModel::TargetColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(PlanTreeModel::PerspectiveColumn, QHeaderView::ResizeToContents);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this]() {
        if (!m_refreshing) {
            showEditor();
            updateActions();
        }
    });

    m_addMainButton = smallButton(tr("Add main result"), QStringLiteral("addMainResultButton"), tab);
    m_addMainButton->setToolTip(
        tr("Adds a work result under A. %1 (Insert on the section)").arg(officialName(ResultKind::Main)));
    m_addAdditionalButton = smallButton(tr("Add additional result"), QStringLiteral("addAdditionalResultButton"), tab);
    m_addAdditionalButton->setToolTip(
        tr("Adds a work result under B. %1 (Insert on the section)").arg(officialName(ResultKind::Additional)));
    m_addIndicatorButton = smallButton(tr("Add in&dicator"), QStringLiteral("addIndicatorButton"), tab);
    m_addIndicatorButton->setToolTip(tr("Adds an indicator to the selected work result (Insert)"));
    m_removeButton = smallButton(tr("Remove"), QStringLiteral("removeItemButton"), tab);
    m_removeButton->setToolTip(tr("Removes the selected work result or indicator (Delete)"));
    m_moveUpButton = smallButton(tr("Move up"), QStringLiteral("moveItemUpButton"), tab);
    m_moveUpButton->setToolTip(tr("Ctrl+Up"));
    m_moveDownButton = smallButton(tr("Move down"), QStringLiteral("moveItemDownButton"), tab);
    m_moveDownButton->setToolTip(tr("Ctrl+Down"));
    connect(m_addMainButton, &QPushButton::clicked, this, [this]() { addResult(ResultKind::Main); });
    connect(m_addAdditionalButton, &QPushButton::clicked, this, [this]() { addResult(ResultKind::Additional); });
    connect(m_addIndicatorButton, &QPushButton::clicked, this, &PlanPage::addIndicator);
    connect(m_removeButton, &QPushButton::clicked, this, &PlanPage::removeCurrent);
    connect(m_moveUpButton, &QPushButton::clicked, this, [this]() { moveCurrent(-1); });
    connect(m_moveDownButton, &QPushButton::clicked, this, [this]() { moveCurrent(1); });
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (auto* button : {m_addMainButton, m_addAdditionalButton, m_addIndicatorButton, m_removeButton, m_moveUpButton,
             m_moveDownButton}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);

    auto* treePane = new QWidget(tab);
    auto* treeLayout = new QVBoxLayout(treePane);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_tree, 1);
    treeLayout->addLayout(buttons);

    m_editorHintLabel = new QLabel(tab);
    m_editorHintLabel->setObjectName(QStringLiteral("editorHintLabel"));
    m_editorHintLabel->setWordWrap(true);
    m_editorHintLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_resultEditor = new ResultEditor(tab);
    m_indicatorEditor = new IndicatorEditor(tab);
    m_editorStack = new QStackedWidget(tab);
    m_editorStack->addWidget(m_editorHintLabel);
    m_editorStack->addWidget(m_resultEditor);
    m_editorStack->addWidget(m_indicatorEditor);
    connect(m_resultEditor, &ResultEditor::textEdited, this,
        [this](const QUuid& resultId, EditResultCommand::Field field, const QString& text) {
            if (ensureEditable()) {
                push(new EditResultCommand(*m_document, resultId, field, text));
            }
        });
    connect(m_resultEditor, &ResultEditor::chooseCascadeRequested, this, &PlanPage::chooseCascade);
    connect(m_resultEditor, &ResultEditor::clearCascadeRequested, this, &PlanPage::clearCascade);
    connect(m_indicatorEditor, &IndicatorEditor::indicatorEdited, this,
        [this](EditIndicatorCommand::Field field, const Indicator& changed) {
            if (ensureEditable()) {
                push(new EditIndicatorCommand(*m_document, field, changed));
            }
        });

    m_resultsSplitter = new QSplitter(Qt::Vertical, tab);
    m_resultsSplitter->setObjectName(QStringLiteral("planResultsSplitter"));
    m_resultsSplitter->setChildrenCollapsible(false);
    m_resultsSplitter->addWidget(treePane);
    m_resultsSplitter->addWidget(m_editorStack);
    m_resultsSplitter->setStretchFactor(0, 1);
    m_resultsSplitter->setStretchFactor(1, 1);
    m_resultsSplitter->setSizes({300, 300});
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_resultsSplitter);
    return tab;
}

QWidget* PlanPage::createBehaviorTab()
{
    auto* tab = new QWidget(this);
    auto* intro = new QLabel(tr("The seven core values apply to every ASN. Your Pejabat Penilai Kinerja may add a "
                                "special expectation to some of them; you cannot change these."),
        tab);
    intro->setWordWrap(true);
    m_valueModel = new CoreValueModel(this);
    m_valueView = new QTableView(tab);
    m_valueView->setObjectName(QStringLiteral("coreValueTableView"));
    m_valueView->setModel(m_valueModel);
    m_valueView->setAccessibleName(tr("Core values BerAKHLAK with their guidance and the special expectations"));
    m_valueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_valueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_valueView->setWordWrap(true);
    m_valueView->verticalHeader()->hide();
    m_valueView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_valueView->horizontalHeader()->setSectionResizeMode(CoreValueModel::NumberColumn, QHeaderView::ResizeToContents);
    m_valueView->horizontalHeader()->setSectionResizeMode(CoreValueModel::ValueColumn, QHeaderView::ResizeToContents);
    m_valueView->horizontalHeader()->setSectionResizeMode(CoreValueModel::GuidanceColumn, QHeaderView::Stretch);
    m_valueView->horizontalHeader()->setSectionResizeMode(CoreValueModel::ExpectationColumn, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(intro);
    layout->addWidget(m_valueView, 1);
    return tab;
}

QWidget* PlanPage::createAppendixTab()
{
    auto* tab = new QWidget(this);
    auto* intro = new QLabel(tr("LAMPIRAN SKP: what the office provides, how you report, and what follows from the "
                                "result. One point per line; double-click or press F2 to change a line."),
        tab);
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(intro);
    const QStringList labels {QStringLiteral("DUKUNGAN SUMBER &DAYA"), QStringLiteral("SKE&MA PERTANGGUNGJAWABAN"),
        QStringLiteral("K&ONSEKUENSI")};
    const QStringList names {
        QStringLiteral("resources"), QStringLiteral("accountability"), QStringLiteral("consequences")};
    for (int i = 0; i < 3; ++i) {
        const auto section = kSections.at(std::size_t(i));
        auto& list = m_appendix.at(std::size_t(i));
        list.model = new AppendixListModel(section, this);
        list.view = new QListView(tab);
        list.view->setObjectName(names.at(i) + QStringLiteral("ListView"));
        list.view->setModel(list.model);
        list.view->setAccessibleName(PlanEdits::appendixTitle(section));
        list.view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
        auto* label = new QLabel(labels.at(i), tab);
        label->setBuddy(list.view);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        list.addButton = smallButton(tr("Add line"), names.at(i) + QStringLiteral("AddButton"), tab);
        list.addButton->setToolTip(tr("Insert"));
        list.removeButton = smallButton(tr("Remove"), names.at(i) + QStringLiteral("RemoveButton"), tab);
        list.removeButton->setToolTip(tr("Delete"));
        list.upButton = smallButton(tr("Up"), names.at(i) + QStringLiteral("UpButton"), tab);
        list.upButton->setToolTip(tr("Ctrl+Up"));
        list.downButton = smallButton(tr("Down"), names.at(i) + QStringLiteral("DownButton"), tab);
        list.downButton->setToolTip(tr("Ctrl+Down"));
        auto* buttons = new QVBoxLayout;
        for (auto* button : {list.addButton, list.removeButton, list.upButton, list.downButton}) {
            buttons->addWidget(button);
        }
        buttons->addStretch(1);
        auto* listRow = new QHBoxLayout;
        listRow->addWidget(list.view, 1);
        listRow->addLayout(buttons);
        layout->addWidget(label);
        layout->addLayout(listRow, 1);

        auto* view = list.view;
        const auto currentRow = [view]() { return view->currentIndex().isValid() ? view->currentIndex().row() : -1; };
        // Queued: the view finishes closing its editor before the stored list replaces the model's rows.
        connect(
            list.model, &AppendixListModel::lineEdited, this,
            [this, section](int row, const QString& text) { editAppendixLine(section, row, text); },
            Qt::QueuedConnection);
        connect(list.addButton, &QPushButton::clicked, this, [this, section]() { addAppendixLine(section); });
        connect(list.removeButton, &QPushButton::clicked, this,
            [this, section, currentRow]() { removeAppendixLine(section, currentRow()); });
        connect(list.upButton, &QPushButton::clicked, this,
            [this, section, currentRow]() { moveAppendixLine(section, currentRow(), -1); });
        connect(list.downButton, &QPushButton::clicked, this,
            [this, section, currentRow]() { moveAppendixLine(section, currentRow(), 1); });
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &PlanPage::updateActions);

        // The keyboard: the same keys as in the work results, on the list that has the focus.
        const auto addShortcut = [this, view](const QKeySequence& key, const std::function<void()>& run) {
            auto* action = new QAction(view);
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetShortcut);
            connect(action, &QAction::triggered, this, run);
            view->addAction(action);
        };
        addShortcut(QKeySequence(Qt::Key_Insert), [this, section]() { addAppendixLine(section); });
        addShortcut(QKeySequence::Delete, [this, section, currentRow]() { removeAppendixLine(section, currentRow()); });
        addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up),
            [this, section, currentRow]() { moveAppendixLine(section, currentRow(), -1); });
        addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down),
            [this, section, currentRow]() { moveAppendixLine(section, currentRow(), 1); });
    }
    return tab;
}

QWidget* PlanPage::createProblemsPanel()
{
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("problemsPanel"));
    m_problemModel = new ProblemListModel(this);
    m_problemView = new QListView(panel);
    m_problemView->setObjectName(QStringLiteral("problemListView"));
    m_problemView->setModel(m_problemModel);
    m_problemView->setWordWrap(true);
    m_problemView->setSpacing(2);
    m_problemView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemsTitleLabel = new QLabel(panel);
    m_problemsTitleLabel->setObjectName(QStringLiteral("problemsTitleLabel"));
    m_problemsTitleLabel->setWordWrap(true);
    m_problemsTitleLabel->setBuddy(m_problemView);
    m_problemView->setAccessibleName(tr("Problems to fix before submitting"));
    connect(m_problemView, &QListView::activated, this, &PlanPage::problemActivated);
    connect(m_problemView, &QListView::clicked, this, &PlanPage::problemActivated);

    m_submitButton = smallButton(tr("&Submit to the assessor"), QStringLiteral("submitButton"), panel);
    m_recallButton = smallButton(tr("Re&call"), QStringLiteral("recallButton"), panel);
    m_recallButton->setToolTip(tr("Takes the SKP back from the assessor so that you can change it"));
    m_submitReasonLabel = new QLabel(panel);
    m_submitReasonLabel->setObjectName(QStringLiteral("submitReasonLabel"));
    m_submitReasonLabel->setWordWrap(true);
    connect(m_submitButton, &QPushButton::clicked, this, &PlanPage::submit);
    connect(m_recallButton, &QPushButton::clicked, this, &PlanPage::recall);

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problemsTitleLabel);
    layout->addWidget(m_problemView, 1);
    layout->addWidget(m_submitReasonLabel);
    layout->addWidget(m_submitButton);
    layout->addWidget(m_recallButton);
    return panel;
}

void PlanPage::createActions()
{
    const auto treeAction = [this](const QKeySequence& key, const QString& objectName) {
        auto* action = new QAction(m_tree);
        action->setObjectName(objectName);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_tree->addAction(action);
        return action;
    };
    m_insertAction = treeAction(QKeySequence(Qt::Key_Insert), QStringLiteral("insertAction"));
    m_deleteAction = treeAction(QKeySequence::Delete, QStringLiteral("deleteAction"));
    m_moveUpAction = treeAction(QKeySequence(Qt::CTRL | Qt::Key_Up), QStringLiteral("moveUpAction"));
    m_moveDownAction = treeAction(QKeySequence(Qt::CTRL | Qt::Key_Down), QStringLiteral("moveDownAction"));
    connect(m_insertAction, &QAction::triggered, this, [this]() {
        const auto index = currentTreeIndex();
        const auto kind = PlanTreeModel::ItemKind(index.data(PlanTreeModel::ItemKindRole).toInt());
        if (!index.isValid() || kind == PlanTreeModel::ItemKind::Section) {
            addResult(
                index.isValid() ? ResultKind(index.data(PlanTreeModel::ResultKindRole).toInt()) : ResultKind::Main);
        } else {
            addIndicator();
        }
    });
    connect(m_deleteAction, &QAction::triggered, this, &PlanPage::removeCurrent);
    connect(m_moveUpAction, &QAction::triggered, this, [this]() { moveCurrent(-1); });
    connect(m_moveDownAction, &QAction::triggered, this, [this]() { moveCurrent(1); });
}

void PlanPage::saveViewState()
{
    AppSettings settings;
    settings.setViewState(kMainSplitterKey, m_mainSplitter->saveState());
    settings.setViewState(kResultsSplitterKey, m_resultsSplitter->saveState());
    settings.setViewState(kTreeHeaderKey, m_tree->header()->saveState());
}

// ---- Plans ----

void PlanPage::reload()
{
    commitPendingEdits();
    const auto previous = currentPlanId();
    if (!m_session.isOpen() || !m_session.isSignedIn()) {
        m_planList->setEmployee({});
        m_document->close();
        m_undoStack->clear();
        return;
    }
    if (!m_planList->setEmployee(m_session.user().employeeId)) {
        reportError(m_planList->error());
    }
    int row = previous.isNull() ? -1 : m_planList->rowOf(previous);
    if (row < 0) {
        row = preferredRow();
    }
    m_planCombo->setCurrentIndex(row);
    const auto planId = row >= 0 ? m_planList->summary(row).id : QUuid();
    if (planId.isNull()) {
        m_document->close();
        m_undoStack->clear();
    } else if (planId == m_document->planId()) {
        const auto changed = m_document->refresh();
        if (!changed) {
            reportError(changed.error());
            m_undoStack->clear();
        } else if (changed.value()) {
            m_undoStack->clear(); // stored content changed elsewhere: the history no longer fits
        }
        showDocument(currentItemId());
    } else {
        openPlan(planId);
    }
}

int PlanPage::preferredRow() const
{
    const auto today = m_session.today();
    int best = -1;
    for (int row = 0; row < m_planList->rowCount(); ++row) {
        const auto& plan = m_planList->summary(row);
        if (plan.startDate <= today && today <= plan.endDate && plan.status != WorkflowState::PlanSuperseded
            && (best < 0 || plan.startDate > m_planList->summary(best).startDate)) {
            best = row;
        }
    }
    if (best >= 0) {
        return best;
    }
    for (int row = 0; row < m_planList->rowCount(); ++row) {
        if (m_planList->summary(row).startDate.year() == today.year()) {
            return row;
        }
    }
    return m_planList->rowCount() > 0 ? 0 : -1;
}

void PlanPage::planChosen(int row)
{
    if (row < 0 || row >= m_planList->rowCount()) {
        return;
    }
    const auto planId = m_planList->summary(row).id;
    if (planId != m_document->planId()) {
        commitPendingEdits();
        openPlan(planId);
    }
}

void PlanPage::openPlan(const QUuid& planId)
{
    m_undoStack->clear();
    if (const auto opened = m_document->open(planId); !opened) {
        reportError(opened.error());
    }
    m_tabs->setCurrentIndex(0);
    if (m_document->isOpen()) {
        const auto& plan = m_document->plan();
        const auto main = plan.resultsOfKind(ResultKind::Main);
        if (!main.isEmpty()) {
            selectItem(main.first().id);
        } else {
            selectSection(ResultKind::Main);
        }
    }
}

QUuid PlanPage::currentPlanId() const
{
    return m_document->planId();
}

bool PlanPage::selectPlan(const QUuid& planId)
{
    commitPendingEdits();
    auto row = m_planList->rowOf(planId);
    while (row < 0 && m_planList->canFetchMore({})) {
        m_planList->fetchMore({});
        row = m_planList->rowOf(planId);
    }
    if (row < 0) {
        return false;
    }
    m_planCombo->setCurrentIndex(row);
    if (planId != m_document->planId()) {
        openPlan(planId);
    }
    return m_document->planId() == planId;
}

// ---- Showing the document ----

void PlanPage::showDocument(const QUuid& focus)
{
    const bool open = m_document->isOpen();
    m_contentStack->setCurrentIndex(open ? 1 : 0);
    m_historyButton->setEnabled(open);
    if (!open) {
        m_noPlanLabel->setText(m_session.isSignedIn()
                ? tr("You have no SKP yet. Use \"New plan\" above to start this year's plan, blank or as a copy of "
                     "last year's.")
                : QString());
        m_returnNoteLabel->hide();
        m_readOnlyLabel->hide();
        updateActions();
        return;
    }
    const auto& plan = m_document->plan();
    QHash<QUuid, QString> parentTexts;
    for (const auto& source : m_document->cascadeSources()) {
        for (const auto& result : source.results) {
            parentTexts.insert(result.id, result.text);
        }
    }
    {
        const QScopedValueRollback refreshing(m_refreshing, true);
        m_treeModel->setPlan(plan, parentTexts);
        m_tree->expandAll();
        m_tree->setColumnHidden(PlanTreeModel::PerspectiveColumn, plan.form != PlanForm::Jpt);
        m_tree->setColumnHidden(PlanTreeModel::AspectColumn, plan.approach == PlanApproach::Qualitative);
        m_tree->setColumnHidden(PlanTreeModel::TargetColumn, plan.approach == PlanApproach::Qualitative);
        auto index = m_treeModel->indexOf(m_document->currentId(focus));
        if (!index.isValid()) {
            index = m_treeModel->sectionIndex(ResultKind::Main);
        }
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
    m_valueModel->setPlan(plan);
    m_valueView->resizeRowsToContents();
    const bool editable = m_document->canEditContent().ok();
    for (auto& list : m_appendix) {
        list.model->setLines(PlanEdits::appendixLines(plan.appendix, list.model->section()));
        list.model->setEditable(editable);
    }
    m_problemModel->setProblems(m_document->problems());
    showHeader();
    showEditor();
    updateActions();
    updateWorkflow();
}

void PlanPage::showHeader()
{
    if (!m_document->isOpen()) {
        return;
    }
    const auto& stored = m_document->stored();
    const auto& plan = stored.plan;
    m_employeeLabel->setText(personHtml(QString::fromLatin1(kEmployeeTitle), stored.participants.employee));
    m_assessorLabel->setText(personHtml(QString::fromLatin1(kAssessorTitle), stored.participants.assessor));
    m_secondAssessorLabel->setText(
        personHtml(QString::fromLatin1(kSecondAssessorTitle), stored.participants.secondAssessor));
    m_periodLabel->setText(
        tr("Period: %1 – %2 (form %3)")
            .arg(Formatting::date(plan.startDate), Formatting::date(plan.endDate), officialName(plan.form)));
    const auto state = displayName(m_document->state());
    // A standalone file never syncs: its steps stay queued for a later server install, without a marker.
    const bool waiting = m_document->hasPendingCommands() && m_session.info().isReplica();
    m_statusLabel->setText(waiting ? tr("Status: %1 (waiting for sync)").arg(state) : tr("Status: %1").arg(state));
    m_statusLabel->setToolTip(waiting
            ? tr("This step is saved on this computer and will be sent to the shared database at the next sync.")
            : QString());
    const QSignalBlocker blocker(m_approachCombo);
    m_approachCombo->setCurrentIndex(m_approachCombo->findData(int(plan.approach)));
    m_approachCombo->setEnabled(m_document->canEditContent().ok());

    const bool returned = m_document->state() == WorkflowState::PlanReturned;
    m_returnNoteLabel->setVisible(returned || !m_document->refusal().isEmpty());
    if (!m_document->refusal().isEmpty()) {
        m_returnNoteLabel->setText(
            tr("The shared database refused your last step: %1").arg(m_document->refusal().toHtmlEscaped()));
    } else if (returned) {
        const auto note = stored.returnNote.trimmed();
        m_returnNoteLabel->setText(note.isEmpty()
                ? tr("<b>Returned by your Pejabat Penilai Kinerja.</b> Change the plan and submit it again.")
                : tr("<b>Returned by your Pejabat Penilai Kinerja:</b> %1").arg(note.toHtmlEscaped()));
    }
    const auto editable = m_document->canEditContent();
    m_readOnlyLabel->setVisible(!editable);
    m_readOnlyLabel->setText(editable ? QString() : tr("Read only: %1").arg(editable.error()));
}

void PlanPage::showEditor()
{
    const auto index = currentTreeIndex();
    if (!m_document->isOpen() || !index.isValid()) {
        m_editorHintLabel->setText(QString());
        m_editorStack->setCurrentWidget(m_editorHintLabel);
        return;
    }
    const auto& plan = m_document->plan();
    const bool editable = m_document->canEditContent().ok();
    const auto kind = PlanTreeModel::ItemKind(index.data(PlanTreeModel::ItemKindRole).toInt());
    const auto resultKind = ResultKind(index.data(PlanTreeModel::ResultKindRole).toInt());
    if (kind == PlanTreeModel::ItemKind::Section) {
        m_editorHintLabel->setText(resultKind == ResultKind::Main
                ? tr("Main work results (A. %1) carry out what your Pejabat Penilai Kinerja must deliver: each one "
                     "names the result of your assessor it cascades from. Press Insert or \"Add main result\" to add "
                     "one.")
                      .arg(officialName(ResultKind::Main))
                : tr("Additional work results (B. %1) are tasks outside the cascade, for example a team you were "
                     "assigned to. Press Insert or \"Add additional result\" to add one.")
                      .arg(officialName(ResultKind::Additional)));
        m_editorStack->setCurrentWidget(m_editorHintLabel);
        return;
    }
    const auto resultId = index.data(PlanTreeModel::ResultIdRole).toUuid();
    const auto* result = plan.findResult(resultId);
    if (!result) {
        m_editorStack->setCurrentWidget(m_editorHintLabel);
        return;
    }
    const auto ofKind = plan.resultsOfKind(result->kind);
    int number = 1;
    for (int i = 0; i < ofKind.size(); ++i) {
        if (ofKind.at(i).id == resultId) {
            number = i + 1;
        }
    }
    if (kind == PlanTreeModel::ItemKind::Result) {
        const auto* parent = m_document->cascadeParent(result->parentResultId);
        m_resultEditor->setResult(*result, PlanValidator::resultLocation(result->kind, number),
            parent ? parent->text : QString(), editable, plan.approach == PlanApproach::Qualitative);
        m_editorStack->setCurrentWidget(m_resultEditor);
        return;
    }
    const auto indicatorId = index.data(PlanTreeModel::ItemIdRole).toUuid();
    for (int i = 0; i < result->indicators.size(); ++i) {
        if (result->indicators.at(i).id == indicatorId) {
            m_indicatorEditor->setIndicator(result->indicators.at(i),
                PlanValidator::indicatorLocation(result->kind, number, i + 1), editable, plan.approach, plan.form);
            m_editorStack->setCurrentWidget(m_indicatorEditor);
            return;
        }
    }
    m_editorStack->setCurrentWidget(m_editorHintLabel);
}

void PlanPage::updateActions()
{
    const bool open = m_document->isOpen();
    const bool editable = open && m_document->canEditContent().ok();
    const auto index = currentTreeIndex();
    const auto kind = index.isValid() ? PlanTreeModel::ItemKind(index.data(PlanTreeModel::ItemKindRole).toInt())
                                      : PlanTreeModel::ItemKind::Section;
    const bool item = index.isValid() && kind != PlanTreeModel::ItemKind::Section;
    const int siblings = index.isValid() ? m_treeModel->rowCount(index.parent()) : 0;
    m_addMainButton->setEnabled(editable);
    m_addAdditionalButton->setEnabled(editable);
    m_addIndicatorButton->setEnabled(editable && item);
    m_removeButton->setEnabled(editable && item);
    m_moveUpButton->setEnabled(editable && item && index.row() > 0);
    m_moveDownButton->setEnabled(editable && item && index.row() + 1 < siblings);
    m_insertAction->setEnabled(editable);
    m_deleteAction->setEnabled(editable && item);
    m_moveUpAction->setEnabled(m_moveUpButton->isEnabled());
    m_moveDownAction->setEnabled(m_moveDownButton->isEnabled());
    for (auto& list : m_appendix) {
        const auto current = list.view->currentIndex();
        const int rows = list.model->rowCount();
        list.addButton->setEnabled(editable);
        list.removeButton->setEnabled(editable && current.isValid());
        list.upButton->setEnabled(editable && current.isValid() && current.row() > 0);
        list.downButton->setEnabled(editable && current.isValid() && current.row() + 1 < rows);
        for (auto* action : list.view->actions()) {
            action->setEnabled(editable);
        }
    }
    m_newPlanButton->setEnabled(m_session.isSignedIn());
}

void PlanPage::updateWorkflow()
{
    const bool open = m_document->isOpen();
    const int errors = open ? m_document->errorCount() : 0;
    const int total = open ? int(m_document->problems().size()) : 0;
    m_problemsTitleLabel->setText(
        total == 0 ? tr("No problems found.") : tr("Problems to &fix before you submit (%n):", nullptr, total));
    const auto canSubmit = open ? m_document->canDo(WorkflowCommand::Submit) : Status::failure(QString());
    const auto canRecall = open ? m_document->canDo(WorkflowCommand::Withdraw) : Status::failure(QString());
    QString reason;
    if (!open) {
        reason.clear();
    } else if (!canSubmit) {
        switch (m_document->state()) {
        case WorkflowState::PlanSubmitted:
            reason = tr("Submitted: waiting for your Pejabat Penilai Kinerja. You can recall it until it is "
                        "approved.");
            break;
        case WorkflowState::PlanApproved:
            reason = tr("Approved: this SKP is final.");
            break;
        case WorkflowState::PlanSuperseded:
            reason = tr("Replaced by a newer SKP.");
            break;
        default:
            reason = canSubmit.error();
            break;
        }
    } else if (errors > 0) {
        reason = tr("Submit is not possible yet: fix the %n problem(s) listed above.", nullptr, errors);
    } else {
        const auto& assessor = m_document->stored().participants.assessor;
        reason = assessor.name.isEmpty() ? tr("Ready to submit.") : tr("Ready to submit to %1").arg(assessor.name);
    }
    m_submitReasonLabel->setText(reason);
    m_submitButton->setEnabled(open && canSubmit.ok() && errors == 0);
    m_submitButton->setToolTip(reason);
    m_recallButton->setVisible(open && canRecall.ok());
    m_recallButton->setEnabled(open && canRecall.ok());
}

QModelIndex PlanPage::currentTreeIndex() const
{
    const auto index = m_tree->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0) : index;
}

QUuid PlanPage::currentItemId() const
{
    return currentTreeIndex().data(PlanTreeModel::ItemIdRole).toUuid();
}

bool PlanPage::selectItem(const QUuid& id)
{
    const auto index = m_treeModel->indexOf(m_document->currentId(id));
    if (!index.isValid()) {
        return false;
    }
    commitPendingEdits();
    m_tabs->setCurrentIndex(0);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void PlanPage::selectSection(ResultKind kind)
{
    commitPendingEdits();
    m_tree->setCurrentIndex(m_treeModel->sectionIndex(kind));
}

void PlanPage::commitPendingEdits()
{
    m_resultEditor->commitPending();
    m_indicatorEditor->commitPending();
}

void PlanPage::problemActivated(const QModelIndex& index)
{
    if (!index.isValid()) {
        return;
    }
    const auto indicatorId = index.data(ProblemListModel::IndicatorIdRole).toUuid();
    const auto resultId = index.data(ProblemListModel::ResultIdRole).toUuid();
    const auto target = indicatorId.isNull() ? resultId : indicatorId;
    if (target.isNull() || !selectItem(target)) {
        return;
    }
    if (indicatorId.isNull()) {
        m_resultEditor->focusProblem();
    } else {
        m_indicatorEditor->focusProblem();
    }
}

void PlanPage::documentChanged(const QUuid& documentId)
{
    if (documentId == m_document->planId() && !m_document->isBusy()) {
        reload();
    }
}

void PlanPage::reportError(const QString& message)
{
    if (message.isEmpty()) {
        return;
    }
    emit statusMessage(message);
    MessageBox::critical(this, tr("My plan"), message);
}

// ---- Edits ----

bool PlanPage::ensureEditable()
{
    const auto editable = m_document->canEditContent();
    if (!editable) {
        reportError(editable.error());
    }
    return editable.ok();
}

void PlanPage::push(QUndoCommand* command)
{
    // redo() stores the change; a command that changed nothing or failed is dropped by the stack.
    m_undoStack->push(command);
}

bool PlanPage::addResult(ResultKind kind)
{
    commitPendingEdits();
    if (!ensureEditable()) {
        return false;
    }
    const auto index = currentTreeIndex();
    QUuid after;
    if (index.isValid() && ResultKind(index.data(PlanTreeModel::ResultKindRole).toInt()) == kind) {
        after = index.data(PlanTreeModel::ResultIdRole).toUuid();
    }
    auto* command = new AddResultCommand(*m_document, kind, after);
    const auto id = command->resultId();
    push(command);
    if (!selectItem(id)) {
        return false;
    }
    m_resultEditor->focusProblem();
    return true;
}

bool PlanPage::addIndicator()
{
    commitPendingEdits();
    const auto index = currentTreeIndex();
    const auto resultId = index.data(PlanTreeModel::ResultIdRole).toUuid();
    if (resultId.isNull()) {
        emit statusMessage(tr("Select a work result first."));
        return false;
    }
    if (!ensureEditable()) {
        return false;
    }
    const auto kind = PlanTreeModel::ItemKind(index.data(PlanTreeModel::ItemKindRole).toInt());
    const auto after =
        kind == PlanTreeModel::ItemKind::Indicator ? index.data(PlanTreeModel::ItemIdRole).toUuid() : QUuid();
    auto* command = new AddIndicatorCommand(*m_document, resultId, after);
    const auto id = command->indicatorId();
    push(command);
    if (!selectItem(id)) {
        return false;
    }
    m_indicatorEditor->focusProblem();
    return true;
}

bool PlanPage::removeCurrent()
{
    commitPendingEdits();
    const auto index = currentTreeIndex();
    const auto kind = PlanTreeModel::ItemKind(index.data(PlanTreeModel::ItemKindRole).toInt());
    if (!index.isValid() || kind == PlanTreeModel::ItemKind::Section || !ensureEditable()) {
        return false;
    }
    const auto id = index.data(PlanTreeModel::ItemIdRole).toUuid();
    const auto name = index.data(Qt::DisplayRole).toString();
    const bool result = kind == PlanTreeModel::ItemKind::Result;
    const auto question = result
        ? tr("Remove the work result \"%1\" with its indicators? You can bring it back with Edit > Undo.").arg(name)
        : tr("Remove the indicator \"%1\"? You can bring it back with Edit > Undo.").arg(name);
    if (MessageBox::question(this, result ? tr("Remove work result") : tr("Remove indicator"), question)
        != QMessageBox::Yes) {
        return false;
    }
    if (result) {
        push(new RemoveResultCommand(*m_document, id));
    } else {
        push(new RemoveIndicatorCommand(*m_document, id));
    }
    m_tree->setFocus();
    return m_treeModel->indexOf(id).isValid() == false;
}

bool PlanPage::moveCurrent(int delta)
{
    commitPendingEdits();
    const auto index = currentTreeIndex();
    const auto kind = PlanTreeModel::ItemKind(index.data(PlanTreeModel::ItemKindRole).toInt());
    if (!index.isValid() || kind == PlanTreeModel::ItemKind::Section || !ensureEditable()) {
        return false;
    }
    const auto id = index.data(PlanTreeModel::ItemIdRole).toUuid();
    const auto before = index.row();
    if (kind == PlanTreeModel::ItemKind::Result) {
        push(new MoveResultCommand(*m_document, id, delta));
    } else {
        push(new MoveIndicatorCommand(*m_document, id, delta));
    }
    return m_treeModel->indexOf(m_document->currentId(id)).row() != before;
}

bool PlanPage::chooseCascade()
{
    commitPendingEdits();
    const auto resultId = currentTreeIndex().data(PlanTreeModel::ResultIdRole).toUuid();
    const auto* result = m_document->isOpen() ? m_document->plan().findResult(resultId) : nullptr;
    if (!result || result->kind != ResultKind::Main || !ensureEditable()) {
        return false;
    }
    CascadeDialog dialog(
        m_document->cascadeSources(), m_document->stored().participants.assessor.name, result->parentResultId, this);
    if (m_cascadeDriver) {
        m_cascadeDriver(dialog);
    } else {
        dialog.exec();
    }
    if (dialog.result() != QDialog::Accepted || dialog.chosenResultId().isNull()) {
        return false;
    }
    const auto chosen = dialog.chosenResultId();
    push(new SetCascadeCommand(*m_document, resultId, chosen));
    const auto* stored = m_document->plan().findResult(m_document->currentId(resultId));
    return stored && stored->parentResultId == chosen;
}

bool PlanPage::clearCascade()
{
    commitPendingEdits();
    const auto resultId = currentTreeIndex().data(PlanTreeModel::ResultIdRole).toUuid();
    if (resultId.isNull() || !ensureEditable()) {
        return false;
    }
    push(new SetCascadeCommand(*m_document, resultId, {}));
    return true;
}

bool PlanPage::addAppendixLine(AppendixSection section, const QString& text)
{
    commitPendingEdits();
    if (!ensureEditable()) {
        return false;
    }
    auto& list = m_appendix.at(std::size_t(section));
    const auto current = list.view->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : list.model->rowCount();
    auto* command = new AddAppendixLineCommand(*m_document, section, row, text);
    const int added = command->row();
    push(command);
    if (added >= list.model->rowCount()) {
        return false;
    }
    const auto index = list.model->index(added);
    list.view->setCurrentIndex(index);
    list.view->setFocus();
    if (text.isEmpty()) {
        list.view->edit(index);
    }
    return true;
}

bool PlanPage::removeAppendixLine(AppendixSection section, int row)
{
    if (!ensureEditable()) {
        return false;
    }
    auto& list = m_appendix.at(std::size_t(section));
    if (row < 0 || row >= list.model->rowCount()) {
        return false;
    }
    const auto line = list.model->lines().at(row);
    if (!line.trimmed().isEmpty()
        && MessageBox::question(this, tr("Remove appendix line"),
               tr("Remove the line \"%1\"? You can bring it back with Edit > Undo.").arg(line))
            != QMessageBox::Yes) {
        return false;
    }
    const auto rows = list.model->rowCount();
    push(new RemoveAppendixLineCommand(*m_document, section, row));
    if (list.model->rowCount() > 0) {
        list.view->setCurrentIndex(list.model->index(std::min(row, list.model->rowCount() - 1)));
    }
    return list.model->rowCount() < rows;
}

bool PlanPage::editAppendixLine(AppendixSection section, int row, const QString& text)
{
    if (!ensureEditable()) {
        return false;
    }
    push(new EditAppendixLineCommand(*m_document, section, row, text));
    const auto& lines = m_appendix.at(std::size_t(section)).model->lines();
    return row >= 0 && row < lines.size() && lines.at(row) == text;
}

bool PlanPage::moveAppendixLine(AppendixSection section, int row, int delta)
{
    if (!ensureEditable()) {
        return false;
    }
    auto& list = m_appendix.at(std::size_t(section));
    const auto before = list.model->lines();
    push(new MoveAppendixLineCommand(*m_document, section, row, delta));
    const int to = row + delta;
    if (to >= 0 && to < list.model->rowCount()) {
        list.view->setCurrentIndex(list.model->index(to));
    }
    return list.model->lines() != before;
}

// ---- Workflow ----

bool PlanPage::submit()
{
    commitPendingEdits();
    if (!m_document->isOpen()) {
        return false;
    }
    if (!m_submitButton->isEnabled()) {
        reportError(m_submitReasonLabel->text());
        return false;
    }
    const auto& assessor = m_document->stored().participants.assessor;
    if (MessageBox::question(this, tr("Submit the SKP"),
            tr("Submit this SKP to %1 (Pejabat Penilai Kinerja)? You cannot change it while it is being reviewed; "
               "you can recall it until it is approved.")
                .arg(assessor.name.isEmpty() ? tr("your assessor") : assessor.name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        != QMessageBox::Yes) {
        return false;
    }
    const auto done = m_document->execute(WorkflowCommand::Submit);
    if (!done) {
        reportError(done.error());
        return false;
    }
    m_undoStack->clear(); // the submitted content is no longer the person's to change
    m_planList->reload();
    m_planCombo->setCurrentIndex(m_planList->rowOf(m_document->planId()));
    emit statusMessage(tr("The SKP was submitted to %1").arg(assessor.name));
    return true;
}

bool PlanPage::recall()
{
    commitPendingEdits();
    if (!m_document->isOpen()) {
        return false;
    }
    if (const auto allowed = m_document->canDo(WorkflowCommand::Withdraw); !allowed) {
        reportError(allowed.error());
        return false;
    }
    if (MessageBox::question(this, tr("Recall the SKP"),
            tr("Take this SKP back from your Pejabat Penilai Kinerja to change it? You will have to submit it again."))
        != QMessageBox::Yes) {
        return false;
    }
    const auto done = m_document->execute(WorkflowCommand::Withdraw);
    if (!done) {
        reportError(done.error());
        return false;
    }
    m_undoStack->clear();
    m_planList->reload();
    m_planCombo->setCurrentIndex(m_planList->rowOf(m_document->planId()));
    emit statusMessage(tr("The SKP was recalled; you can change it again."));
    return true;
}

// ---- New plans ----

bool PlanPage::createPlan(const QString& question, const std::function<bool(QUuid&)>& create)
{
    if (MessageBox::question(this, tr("New plan"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        != QMessageBox::Yes) {
        return false;
    }
    QUuid planId;
    if (!create(planId)) {
        return false;
    }
    m_planList->reload();
    if (!selectPlan(planId)) {
        return false;
    }
    emit statusMessage(tr("The new SKP was created."));
    return true;
}

void PlanPage::fetchAllPlans()
{
    while (m_planList->canFetchMore({})) {
        m_planList->fetchMore({});
    }
}

std::optional<PlanStarter::Start> PlanPage::startThisYear(const PlanStarter& starter)
{
    const auto today = m_session.today();
    const auto positionStart = starter.positionStartOn(m_session.user().employeeId, today);
    if (!positionStart) {
        reportError(positionStart.error());
        return std::nullopt;
    }
    auto start = starter.startOn(m_session.user().employeeId, std::max(QDate(today.year(), 1, 1), *positionStart));
    if (!start) {
        reportError(start.error());
        return std::nullopt;
    }
    if (planStartsOn(start->startDate)) {
        return std::nullopt;
    }
    return std::move(start).value();
}

bool PlanPage::created(const Result<PerformancePlan>& plan, QUuid& planId)
{
    if (!plan) {
        reportError(plan.error());
        return false;
    }
    planId = plan->id;
    return true;
}

bool PlanPage::planStartsOn(QDate date)
{
    fetchAllPlans();
    for (const auto& plan : m_planList->plans()) {
        if (plan.startDate == date && plan.status != WorkflowState::PlanSuperseded) {
            MessageBox::information(this, tr("New plan"),
                tr("You already have an SKP starting on %1. Open it in the list above instead of starting another "
                   "one.")
                    .arg(Formatting::date(date)));
            return true;
        }
    }
    return false;
}

bool PlanPage::newBlankPlan()
{
    commitPendingEdits();
    PlanStarter starter(m_session.database());
    const auto start = startThisYear(starter);
    if (!start) {
        return false;
    }
    const auto& s = *start;
    return createPlan(
        tr("Start a blank SKP from %1 to %2? Your Pejabat Penilai Kinerja is %3.")
            .arg(Formatting::date(s.startDate), Formatting::date(s.endDate),
                s.participants.assessor.name.isEmpty() ? tr("not recorded") : s.participants.assessor.name),
        [&](QUuid& planId) { return created(starter.createBlank(s, m_session.user().employeeId), planId); });
}

bool PlanPage::copyLastYearPlan()
{
    commitPendingEdits();
    const auto today = m_session.today();
    const int lastYear = today.year() - 1;
    // Last year's plan: the one that ran longest into the year's end, not replaced.
    std::optional<PlanRepository::Summary> source;
    fetchAllPlans();
    for (const auto& plan : m_planList->plans()) {
        if (plan.startDate.year() == lastYear && plan.status != WorkflowState::PlanSuperseded
            && (!source || plan.endDate > source->endDate)) {
            source = plan;
        }
    }
    if (!source) {
        reportError(tr("You have no SKP of %1 to copy.").arg(lastYear));
        return false;
    }
    const auto loaded = PlanRepository(m_session.database()).load(source->id);
    if (!loaded) {
        reportError(loaded.error());
        return false;
    }
    PlanStarter starter(m_session.database());
    const auto start = startThisYear(starter);
    if (!start) {
        return false;
    }
    const auto& s = *start;
    return createPlan(
        tr("Start an SKP from %1 to %2 as a copy of your SKP of %3? Its work results, indicators and "
           "targets are copied for you to edit; a cascade is kept only where your Pejabat Penilai "
           "Kinerja (%4) has the same result in an approved SKP.")
            .arg(Formatting::date(s.startDate), Formatting::date(s.endDate), QString::number(lastYear),
                s.participants.assessor.name.isEmpty() ? tr("not recorded") : s.participants.assessor.name),
        [&](QUuid& planId) {
            return created(starter.createCopy(s, loaded->plan, m_session.user().employeeId), planId);
        });
}

bool PlanPage::newPlanForNewPosition()
{
    commitPendingEdits();
    const auto today = m_session.today();
    PlanStarter starter(m_session.database());
    const auto positionStart = starter.positionStartOn(m_session.user().employeeId, today);
    if (!positionStart) {
        reportError(positionStart.error());
        return false;
    }
    fetchAllPlans();
    for (const auto& plan : m_planList->plans()) {
        if (plan.status != WorkflowState::PlanSuperseded && plan.startDate >= *positionStart) {
            MessageBox::information(this, tr("New plan"),
                tr("Your current position started on %1, and your SKP from %2 already covers it. A new SKP is needed "
                   "only when your position or your Pejabat Penilai Kinerja changes; ask the personnel office to "
                   "record the new assignment first.")
                    .arg(Formatting::date(*positionStart), Formatting::date(plan.startDate)));
            return false;
        }
    }
    const auto start = starter.startOn(m_session.user().employeeId, *positionStart);
    if (!start) {
        reportError(start.error());
        return false;
    }
    const auto& s = start.value();
    return createPlan(
        tr("Start a new SKP for your position as %1 from %2 to %3? Your Pejabat Penilai Kinerja is %4. "
           "Your earlier SKP stays as it is and can still be read.")
            .arg(s.participants.employee.position, Formatting::date(s.startDate), Formatting::date(s.endDate),
                s.participants.assessor.name.isEmpty() ? tr("not recorded") : s.participants.assessor.name),
        [&](QUuid& planId) { return created(starter.createBlank(s, m_session.user().employeeId), planId); });
}

void PlanPage::showHistory()
{
    if (!m_document->isOpen()) {
        return;
    }
    commitPendingEdits();
    const auto& stored = m_document->stored();
    HistoryDialog dialog(m_session.database(), stored.plan.id,
        tr("SKP %1 - %2").arg(stored.plan.year()).arg(stored.participants.employee.name), this);
    if (m_historyDriver) {
        m_historyDriver(dialog);
    } else {
        dialog.exec();
    }
}

QList<PrintableDocument> PlanPage::printableDocuments() const
{
    const QUuid planId = currentPlanId();
    if (planId.isNull())
        return {};
    return {{tr("Sasaran Kinerja Pegawai (SKP) with its Lampiran"), {ReportKind::Plan, planId, {}, 0}},
        {tr("Matriks peran hasil: my results and my people's"), {ReportKind::TeamMatrix, planId, {}, 0}}};
}

} // namespace kinerja
