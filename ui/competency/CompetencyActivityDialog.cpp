// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/competency/CompetencyActivityDialog.h"

#include "ui/widgets/Formatting.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kinerja {

CompetencyActivityDialog::CompetencyActivityDialog(const CompetencyActivity& activity, bool adding, QWidget* parent)
    : QDialog(parent)
    , m_activity(activity)
{
    setObjectName(QStringLiteral("competencyActivityDialog"));
    setWindowTitle(adding ? tr("Add a competency development activity") : tr("Edit a competency development activity"));

    auto* intro = new QLabel(tr("Every civil servant needs at least 20 JP of competency development a year. "
                                "1 JP (jam pelajaran) is 45 minutes; count whole JP as on the certificate."),
        this);
    intro->setWordWrap(true);

    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("kindComboBox"));
    m_kindCombo->addItem(CompetencyActivity::officialName(CompetencyActivity::Kind::Klasikal),
        static_cast<int>(CompetencyActivity::Kind::Klasikal));
    m_kindCombo->setItemData(0, tr("Training, seminars, courses, workshops"), Qt::ToolTipRole);
    m_kindCombo->addItem(CompetencyActivity::officialName(CompetencyActivity::Kind::NonKlasikal),
        static_cast<int>(CompetencyActivity::Kind::NonKlasikal));
    m_kindCombo->setItemData(
        1, tr("Coaching, mentoring, e-learning, self-study, internships, secondments"), Qt::ToolTipRole);
    auto* kindHint = new QLabel(tr("Klasikal: training, seminars, courses. Non-Klasikal: coaching, mentoring, "
                                   "e-learning, self-study, internships."),
        this);
    kindHint->setWordWrap(true);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_organizerEdit = new QLineEdit(this);
    m_organizerEdit->setObjectName(QStringLiteral("organizerLineEdit"));
    m_organizerEdit->setPlaceholderText(QStringLiteral("BPSDM Provinsi Jambi"));
    m_dateEdit = new QDateEdit(this);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_dateEdit->setToolTip(tr("The first day of the activity: its JP count in that day's year."));
    m_lessonHoursSpin = new QSpinBox(this);
    m_lessonHoursSpin->setObjectName(QStringLiteral("lessonHoursSpinBox"));
    m_lessonHoursSpin->setRange(0, 9999);
    m_minutesLabel = new QLabel(this);
    m_minutesLabel->setObjectName(QStringLiteral("minutesLabel"));
    auto* hoursRow = new QHBoxLayout;
    hoursRow->addWidget(m_lessonHoursSpin);
    hoursRow->addWidget(m_minutesLabel, 1);
    connect(m_lessonHoursSpin, &QSpinBox::valueChanged, this, [this](int hours) {
        m_minutesLabel->setText(
            tr("= %1 minutes").arg(Formatting::number(CompetencyActivity::minutesFromLessonHours(hours), 0)));
    });
    m_certificateEdit = new QLineEdit(this);
    m_certificateEdit->setObjectName(QStringLiteral("certificateLineEdit"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Form:"), m_kindCombo);
    form->addRow(tr("&Activity:"), m_nameEdit);
    form->addRow(tr("&Organiser:"), m_organizerEdit);
    form->addRow(tr("&Date:"), m_dateEdit);
    form->addRow(tr("&JP:"), hoursRow);
    form->addRow(tr("&Certificate number or notes:"), m_certificateEdit);
    // The JP row's label is the buddy of the spin box inside the row layout.
    if (auto* hoursLabel = qobject_cast<QLabel*>(form->labelForField(hoursRow))) {
        hoursLabel->setBuddy(m_lessonHoursSpin);
    }

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_errorLabel->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("dialogButtonBox"));
    buttons->button(QDialogButtonBox::Save)->setText(adding ? tr("&Add") : tr("&Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CompetencyActivityDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(kindHint);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setValues(activity.kind, activity.name, activity.organizer, activity.date, activity.lessonHours,
        activity.certificateReference);
    m_minutesLabel->setText(
        tr("= %1 minutes")
            .arg(Formatting::number(CompetencyActivity::minutesFromLessonHours(m_lessonHoursSpin->value()), 0)));
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    m_nameEdit->setFocus();
}

void CompetencyActivityDialog::setValues(CompetencyActivity::Kind kind,
    const QString& name,
    const QString& organizer,
    QDate date,
    int lessonHours,
    const QString& certificateReference)
{
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(static_cast<int>(kind)));
    m_nameEdit->setText(name);
    m_organizerEdit->setText(organizer);
    m_dateEdit->setDate(date.isValid() ? date : QDate::currentDate());
    m_lessonHoursSpin->setValue(lessonHours);
    m_certificateEdit->setText(certificateReference);
}

CompetencyActivity CompetencyActivityDialog::activity() const
{
    auto activity = m_activity;
    activity.kind = static_cast<CompetencyActivity::Kind>(m_kindCombo->currentData().toInt());
    activity.name = m_nameEdit->text().simplified();
    activity.organizer = m_organizerEdit->text().simplified();
    activity.date = m_dateEdit->date();
    activity.lessonHours = m_lessonHoursSpin->value();
    activity.certificateReference = m_certificateEdit->text().trimmed();
    return activity;
}

bool CompetencyActivityDialog::tryAccept()
{
    const auto valid = activity().validate();
    if (!valid) {
        m_errorLabel->setText(valid.problems().join(QLatin1Char('\n')));
        m_errorLabel->show();
        return false;
    }
    m_errorLabel->clear();
    m_errorLabel->hide();
    accept();
    return true;
}

QString CompetencyActivityDialog::errorText() const
{
    return m_errorLabel->text();
}

} // namespace kinerja
