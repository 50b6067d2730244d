// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/VerifyCommand.h"

#include "core/cli/CliArguments.h"
#include "core/report/ReportVerifier.h"
#include "core/report/VerificationCode.h"
#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kinerja {

QString VerifyCommand::summary() const
{
    return tr("Check the verification code printed on a document against the database.");
}

ExitCode VerifyCommand::run(const QStringList& arguments, CliContext& context)
{
    CliArguments args(name(),
        tr("Checks a printed document: finds the document its code names, rebuilds it from the data in the "
           "database today and tells whether the paper still matches (valid), was printed before a change "
           "(changed), or does not come from this database (unknown). The code is at the foot of every page, "
           "e.g. SKP-0192F3A7-K7QM2X; it may be typed in any case, with or without the dashes."));
    args.addPositional(QStringLiteral("CODE"), tr("The verification code printed on the document."));
    if (auto exit = args.parse(arguments, context, 1)) {
        return *exit;
    }
    const QString code = args.positional().join(QString());
    if (!VerificationCode::parse(code)) {
        return context.fail(ReportVerifier::tr("\"%1\" is not a verification code: it looks like SKP-0192F3A7-K7QM2X.")
                                .arg(code.trimmed()),
            ExitCode::Usage);
    }
    auto opened = Database::open(context.databasePath().isEmpty() ? Database::defaultPath() : context.databasePath(),
        Database::OpenMode::ReadOnly);
    if (!opened) {
        return context.fail(opened.problems());
    }
    const auto verification = ReportVerifier::verify(*opened.value(), code);
    if (!verification) {
        return context.fail(verification.problems());
    }
    const QString outcome = verification->outcome == ReportVerifier::Outcome::Valid
        ? QStringLiteral("valid")
        : (verification->outcome == ReportVerifier::Outcome::Changed ? QStringLiteral("changed")
                                                                     : QStringLiteral("unknown"));
    const QJsonObject json {{QStringLiteral("code"), verification->code}, {QStringLiteral("outcome"), outcome},
        {QStringLiteral("document"), commandName(verification->kind)}, {QStringLiteral("title"), verification->title},
        {QStringLiteral("status"), verification->status}, {QStringLiteral("currentCode"), verification->currentCode},
        {QStringLiteral("message"), verification->message()}};
    if (verification->outcome != ReportVerifier::Outcome::Valid) {
        if (context.json()) {
            QJsonObject failed = json;
            failed.insert(QStringLiteral("ok"), false);
            context.out() << QString::fromUtf8(QJsonDocument(failed).toJson(QJsonDocument::Indented));
            context.out().flush();
            return ExitCode::Failure;
        }
        return context.fail(verification->message());
    }
    return context.succeed(verification->message(), json);
}

} // namespace kinerja
