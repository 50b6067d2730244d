// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace kinerja {

/// Asks for a web address (http or https) and an optional title for a link as evidence. Stores nothing itself.
class AddLinkDialog : public QDialog
{
    Q_OBJECT

public:
    /// `indicatorLabel` names the indicator the link is for ("2.1 Jumlah laporan ...").
    explicit AddLinkDialog(const QString& indicatorLabel, QWidget* parent = nullptr);

    QString url() const;
    QString linkTitle() const;
    void setValues(const QString& url, const QString& title);

private:
    QLineEdit* m_urlEdit = nullptr;
    QLineEdit* m_titleEdit = nullptr;
    QPushButton* m_addButton = nullptr;
};

} // namespace kinerja
