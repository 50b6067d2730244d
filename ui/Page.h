// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/print/PrintableDocument.h"

#include <QList>
#include <QWidget>

class QUndoStack;

namespace kinerja {

/**
 * One area of the main window's navigation (My plan, My evaluations, ...). The main window shows one page at a
 * time, makes its undo stack the active one of the Edit menu, and calls reload() when the page is shown again or
 * the data changed underneath.
 */
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// The name in the navigation and the window title.
    virtual QString title() const = 0;
    /// The edits of the document shown, for Edit > Undo/Redo; null for a page without edits.
    virtual QUndoStack* undoStack() const { return nullptr; }
    /// The documents the page shows that can be printed (File > Print preview); empty when none.
    virtual QList<PrintableDocument> printableDocuments() const { return {}; }
    /// Reads the page's data again from the database.
    virtual void reload() = 0;

signals:
    /// Ask the main window to show another page, by its objectName (e.g. a dashboard link to "planPage").
    void navigationRequested(const QString& pageName);
    /// A short message for the status bar.
    void statusMessage(const QString& text);
};

} // namespace kinerja
