// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/NipCommand.h"

#include "core/cli/CliArguments.h"
#include "core/domain/IndonesianFormat.h"
#include "core/domain/Nip.h"

#include <QJsonObject>

#include <optional>

namespace kinerja {

QString NipCommand::name() const
{
    return QStringLiteral("nip");
}

QString NipCommand::summary() const
{
    return tr("Check a NIP (PNS or PPPK) and show its parts.");
}

ExitCode NipCommand::run(const QStringList& arguments, CliContext& context)
{
    CliArguments args(name(),
        tr("Checks a NIP of a PNS or PPPK and shows its parts: birth date, TMT, gender and sequence "
           "number. Without --pns or --pppk the kind is recognised from the digits."));
    args.addPositional(QStringLiteral("NIP"), tr("The 18-digit NIP; spaces, dots and dashes are allowed."));
    args.addOption(QCommandLineOption(QStringLiteral("pns"), tr("Read the NIP as the NIP of a PNS.")));
    args.addOption(QCommandLineOption(QStringLiteral("pppk"), tr("Read the NIP as the NIP of a PPPK.")));
    if (const auto exit = args.parse(arguments, context, 1)) {
        return *exit;
    }
    const bool forcePns = args.isSet(QStringLiteral("pns"));
    const bool forcePppk = args.isSet(QStringLiteral("pppk"));
    if (forcePns && forcePppk) {
        return context.fail(tr("Use either --pns or --pppk, not both."), ExitCode::Usage);
    }
    std::optional<EmployeeKind> kind;
    if (forcePns) {
        kind = EmployeeKind::Pns;
    } else if (forcePppk) {
        kind = EmployeeKind::Pppk;
    }

    const auto parsed = Nip::parse(args.positional().join(u' '), kind);
    if (!parsed) {
        return context.fail(parsed.problems());
    }
    const Nip& nip = parsed.value();
    const bool recognised = !kind.has_value();
    const QString birthDate = IndonesianFormat::longDate(nip.birthDate());

    QString text;
    text += tr("NIP: %1").arg(nip.formatted()) + u'\n';
    text += (recognised ? tr("Kind: %1 (recognised from the digits)") : tr("Kind: %1")).arg(officialName(nip.kind()))
        + u'\n';
    text += tr("Birth date: %1").arg(birthDate) + u'\n';
    QJsonObject json {
        {QStringLiteral("nip"), nip.digits()},
        {QStringLiteral("formatted"), nip.formatted()},
        {QStringLiteral("kind"), officialName(nip.kind())},
        {QStringLiteral("kindRecognised"), recognised},
        {QStringLiteral("birthDate"), nip.birthDate().toString(Qt::ISODate)},
        {QStringLiteral("birthDateText"), birthDate},
        {QStringLiteral("appointmentYear"), nip.appointmentYear()},
        {QStringLiteral("gender"), nip.gender() == Gender::Male ? QStringLiteral("male") : QStringLiteral("female")},
        {QStringLiteral("genderText"), displayName(nip.gender())},
        {QStringLiteral("sequence"), nip.sequence()},
    };
    if (nip.appointmentMonth()) {
        const QString tmt =
            IndonesianFormat::monthName(*nip.appointmentMonth()) + u' ' + QString::number(nip.appointmentYear());
        text += tr("TMT CPNS: %1").arg(tmt) + u'\n';
        json.insert(QStringLiteral("appointmentMonth"), *nip.appointmentMonth());
        json.insert(QStringLiteral("appointmentText"), tmt);
    } else {
        text += tr("Year of appointment: %1").arg(nip.appointmentYear()) + u'\n';
    }
    if (nip.appointmentBatch()) {
        text += tr("Appointment batch: %1").arg(*nip.appointmentBatch()) + u'\n';
        json.insert(QStringLiteral("appointmentBatch"), *nip.appointmentBatch());
    }
    text += tr("Gender: %1").arg(displayName(nip.gender())) + u'\n';
    text += tr("Sequence number: %1").arg(nip.digits().right(3)) + u'\n';
    return context.succeed(text, json);
}

} // namespace kinerja
