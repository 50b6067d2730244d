// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <catch2/catch.hpp>

namespace kinerja::test {

/// Counts the complaints of QAbstractItemModelTester (category qt.modeltest) while it lives, and shows each in the
/// failure report of the running test. Use with FailureReportingMode::Warning and compare count() before and after.
class ModelTesterWarnings
{
public:
    ModelTesterWarnings() { s_previous = qInstallMessageHandler(&ModelTesterWarnings::handle); }
    ~ModelTesterWarnings() { qInstallMessageHandler(s_previous); }
    ModelTesterWarnings(const ModelTesterWarnings&) = delete;
    ModelTesterWarnings& operator=(const ModelTesterWarnings&) = delete;

    static int count() { return s_count; }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (context.category && QByteArray(context.category).startsWith("qt.modeltest")) {
            ++s_count;
            UNSCOPED_INFO(message.toStdString());
            return;
        }
        if (s_previous) {
            s_previous(type, context, message);
        }
    }

    static inline QtMessageHandler s_previous = nullptr;
    static inline int s_count = 0;
};

} // namespace kinerja::test
