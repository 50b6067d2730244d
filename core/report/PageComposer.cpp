// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/PageComposer.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QTextDocument>
#include <QUrl>

#include <cmath>

namespace kinerja {

namespace {

constexpr double kMillimetresPerInch = 25.4;

QFont documentFont(double pointSize)
{
    // Arial is what the offices' forms use (domain.md 5); Liberation Sans has the same metrics on Linux.
    QFont font;
    font.setFamilies({QStringLiteral("Arial"), QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(pointSize);
    return font;
}

} // namespace

struct PageComposer::Unit
{
    int section = 0;
    int group = -1; ///< -1 for a block
    double height = 0; ///< alone, without the table header
    double headerHeight = 0; ///< the table's header rows, for a group
    bool keepWithNext = false;
    bool keepWithPrevious = false;
    bool pageBreakBefore = false;
};

PageComposer::PageComposer(const ReportDocument& document, QSizeF areaMm)
    : m_document(document)
    , m_area(areaMm.width() / kMillimetresPerInch * kLayoutDpi, areaMm.height() / kMillimetresPerInch * kLayoutDpi)
    , m_device(1, 1, QImage::Format_RGB32)
{
    const int dotsPerMetre = qRound(kLayoutDpi / kMillimetresPerInch * 1000.0);
    m_device.setDotsPerMeterX(dotsPerMetre);
    m_device.setDotsPerMeterY(dotsPerMetre);
}

PageComposer::~PageComposer() = default;

std::unique_ptr<QTextDocument> PageComposer::layOut(const QString& body) const
{
    auto text = std::make_unique<QTextDocument>();
    text->documentLayout()->setPaintDevice(const_cast<QImage*>(&m_device));
    text->setUseDesignMetrics(true);
    text->setDocumentMargin(0);
    text->setDefaultFont(documentFont(m_document.fontSizePt));
    text->setDefaultStyleSheet(m_document.styleSheet);
    for (auto image = m_document.images.cbegin(); image != m_document.images.cend(); ++image)
        text->addResource(QTextDocument::ImageResource, QUrl(image.key()), image.value());
    text->setHtml(body);
    text->setPageSize(m_area);
    return text;
}

double PageComposer::height(const QString& body) const
{
    auto text = layOut(body);
    text->setPageSize(QSizeF(m_area.width(), 1.0e9)); // one endless page: the natural height
    return text->documentLayout()->documentSize().height();
}

bool PageComposer::fits(const QString& body) const
{
    auto text = layOut(body);
    return text->pageCount() <= 1;
}

QList<PageComposer::Unit> PageComposer::units() const
{
    QList<Unit> result;
    const auto& sections = m_document.sections;
    for (int s = 0; s < sections.size(); ++s) {
        const ReportSection& section = sections.at(s);
        if (section.kind == ReportSection::Kind::Block) {
            Unit unit;
            unit.section = s;
            unit.height = height(section.html);
            unit.keepWithPrevious = section.keepWithPrevious;
            unit.pageBreakBefore = section.pageBreakBefore;
            result.append(unit);
            continue;
        }
        const QString open = section.html + QStringLiteral("<thead>") + section.headerRows + QStringLiteral("</thead>");
        const double headerHeight = height(open + QStringLiteral("</table>"));
        for (int g = 0; g < section.groups.size(); ++g) {
            Unit unit;
            unit.section = s;
            unit.group = g;
            unit.height =
                std::max(0.0, height(open + section.groups.at(g).rows + QStringLiteral("</table>")) - headerHeight);
            unit.headerHeight = headerHeight;
            unit.keepWithNext = section.groups.at(g).keepWithNext;
            unit.keepWithPrevious = g == 0 && section.keepWithPrevious;
            unit.pageBreakBefore = g == 0 && section.pageBreakBefore;
            result.append(unit);
        }
    }
    return result;
}

QString PageComposer::pageBody(const QList<Unit>& units) const
{
    QString body;
    const auto& sections = m_document.sections;
    for (int i = 0; i < units.size(); ++i) {
        const Unit& unit = units.at(i);
        const ReportSection& section = sections.at(unit.section);
        if (unit.group < 0) {
            body += section.html;
            continue;
        }
        const bool opens = i == 0 || units.at(i - 1).section != unit.section;
        const bool closes = i + 1 == units.size() || units.at(i + 1).section != unit.section;
        if (opens)
            body += section.html + QStringLiteral("<thead>") + section.headerRows + QStringLiteral("</thead>");
        body += section.groups.at(unit.group).rows;
        if (closes)
            body += QStringLiteral("</table>");
    }
    return body;
}

QStringList PageComposer::compose() const
{
    const QList<Unit> all = units();
    QStringList pages;
    QList<Unit> current;
    double used = 0;
    const auto cost = [&](const Unit& unit) {
        const bool opensTable = unit.group >= 0 && (current.isEmpty() || current.constLast().section != unit.section);
        return unit.height + (opensTable ? unit.headerHeight : 0.0);
    };

    int next = 0;
    while (next < all.size()) {
        const Unit& unit = all.at(next);
        const bool forcedBreak = unit.pageBreakBefore && !current.isEmpty();
        if (!forcedBreak && (current.isEmpty() || used + cost(unit) <= m_area.height())) {
            used += cost(unit);
            current.append(unit);
            ++next;
            if (next < all.size())
                continue;
        } else if (!forcedBreak) {
            // The page is full before `unit`: carry what must not be left at its bottom.
            // The first unit of the next page must not keep with what is before it, and the last unit of this
            // page must not keep with what follows; both rules chain (footnotes, then the signature).
            int carry = 0;
            const Unit* first = &unit;
            while (carry < current.size()
                && (first->keepWithPrevious || current.at(current.size() - 1 - carry).keepWithNext)) {
                ++carry;
                first = &current.at(current.size() - carry);
            }
            if (carry >= current.size())
                carry = 0; // never leave a page empty: the rule gives way
            next -= carry;
            current.resize(current.size() - carry);
        }
        // Check the page laid out whole; estimates add up heights and may miss by a border or a margin.
        const auto moveLastToNextPage = [&] {
            current.removeLast();
            --next;
        };
        while (current.size() > 1 && !fits(pageBody(current))) {
            moveLastToNextPage();
            while (current.size() > 1 && (current.constLast().keepWithNext || all.at(next).keepWithPrevious))
                moveLastToNextPage();
        }
        pages.append(pageBody(current));
        current.clear();
        used = 0;
    }
    if (pages.isEmpty())
        pages.append(QString());
    return pages;
}

} // namespace kinerja
