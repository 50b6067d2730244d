// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One category per area, named kinerja.<layer>.<area> (style.md R17).
// Switch them on with QT_LOGGING_RULES="kinerja.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcDomain) // kinerja.core.domain
Q_DECLARE_LOGGING_CATEGORY(lcI18n) // kinerja.core.i18n
Q_DECLARE_LOGGING_CATEGORY(lcCli) // kinerja.core.cli
Q_DECLARE_LOGGING_CATEGORY(lcDb) // kinerja.core.db
Q_DECLARE_LOGGING_CATEGORY(lcApp) // kinerja.app.main
Q_DECLARE_LOGGING_CATEGORY(lcReport) // kinerja.core.report
Q_DECLARE_LOGGING_CATEGORY(lcSync) // kinerja.core.sync
