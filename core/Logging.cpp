// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcDomain, "kinerja.core.domain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcI18n, "kinerja.core.i18n", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "kinerja.core.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "kinerja.core.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "kinerja.app.main", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReport, "kinerja.core.report", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "kinerja.core.sync", QtInfoMsg)
