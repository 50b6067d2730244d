// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/GuideDialog.h"

#include "core/Language.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kinerja {

GuideDialog::GuideDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Guide to the yearly cycle"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideTextBrowser"));
    m_browser->setHtml(html(Language::current()));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(640, 600);
}

QString GuideDialog::html(const QString& languageCode)
{
    const auto code = Language::isSupported(languageCode) ? languageCode : QString::fromLatin1(Language::kDefaultCode);
    QFile file(QStringLiteral(":/guide/guide_%1.html").arg(code));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace kinerja
