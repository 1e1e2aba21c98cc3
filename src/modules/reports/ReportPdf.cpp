#include "modules/reports/ReportPdf.h"

#include "core/PdfToUnicode.h"
#include "modules/reports/ReportChartsWidget.h"
#include "modules/reports/ReportSections.h"

#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <functional>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

constexpr int kNoRow = -1; // the "Nothing in this period." line of an empty table

} // namespace

ReportPdf::ReportPdf(const ReportFigures& figures, const QString& siteName, QPaintDevice& device)
    : m_figures(figures), m_site(siteName), m_device(device), m_sections(ReportSections::build(figures))
{
    m_head = font(8.5, true);
    m_title = font(14, true);
    m_heading = font(10.5, true);
    m_cell = font(9, false);
    m_cellBold = font(9, true);
    m_small = font(8, false);
    m_width = m_device.width();
    m_headHeight = QFontMetricsF(m_head, &m_device).height() * 2.2;
    m_footHeight = QFontMetricsF(m_small, &m_device).height() * 2;
    m_pad = QFontMetricsF(m_cell, &m_device).height() * 0.3;
    build();
    m_pages = ReportPageBreaks::paginate(m_blocks, m_device.height() - m_headHeight - m_footHeight);
}

void ReportPdf::paint(QPainter& p, const std::function<void()>& newPage) const
{
    for (qsizetype page = 0; page < m_pages.size(); ++page) {
        if (page > 0)
            newPage();
        paintFrame(p, int(page));
        double y = m_headHeight;
        const QList<int>& list = m_pages.at(page);
        if (!list.isEmpty() && m_blocks.at(list.first()).repeatedHead > 0)
            y += paintTableHead(p, m_items.at(list.first()).section, y); // carried over: its header again
        for (int b : list) {
            paintBlock(p, b, y);
            y += m_blocks.at(b).height;
        }
    }
}

QFont ReportPdf::font(double points, bool bold) const
{
    QFont out;
    out.setPointSizeF(points);
    out.setBold(bold);
    return QFont(out, &m_device);
}

QList<double> ReportPdf::columns(const ReportSection& s) const
{
    const qsizetype n = std::max<qsizetype>(1, s.headers.size());
    const double first = n == 1 ? m_width : m_width * (n == 2 ? 0.6 : 0.34);
    QList<double> out{first};
    for (qsizetype c = 1; c < n; ++c)
        out.append((m_width - first) / double(n - 1));
    return out;
}

double ReportPdf::textHeight(const QFont& font, double w, const QString& text) const
{
    return QFontMetricsF(font, &m_device)
        .boundingRect(QRectF(0, 0, w - 2 * m_pad, 1e7), Qt::TextWordWrap, text)
        .height();
}

double ReportPdf::rowHeight(const ReportSection& s, int row, const QFont& font) const
{
    const QList<double> w = columns(s);
    double h = QFontMetricsF(font, &m_device).height();
    if (row == kNoRow && font == m_cell)
        return h + 2 * m_pad;
    for (qsizetype c = 0; c < w.size(); ++c) {
        const QString text = row < 0 ? s.headers.value(c) : s.rows.at(row).value(c).display();
        h = std::max(h, textHeight(font, w.at(c), text));
    }
    return h + 2 * m_pad;
}

void ReportPdf::add(ReportBlock::Kind kind, double height, Item item, double repeatedHead)
{
    m_blocks.append({kind, height, repeatedHead});
    m_items.append(item);
}

void ReportPdf::build()
{
    const double titleHeight =
        QFontMetricsF(m_title, &m_device).height() * 1.4 + QFontMetricsF(m_cell, &m_device).height() * 1.6;
    add(ReportBlock::Kind::Heading, titleHeight, {.title = true});
    for (int chart : {0, 1})
        add(ReportBlock::Kind::Chart, m_width * 0.42, {.chart = chart});
    for (int s = 0; s < m_sections.size(); ++s) {
        const ReportSection& section = m_sections.at(s);
        add(ReportBlock::Kind::Heading, QFontMetricsF(m_heading, &m_device).height() * 2.0, {.section = s});
        const double headRow = rowHeight(section, -2, m_cellBold);
        add(ReportBlock::Kind::TableHead, headRow, {.section = s});
        if (section.rows.isEmpty())
            add(ReportBlock::Kind::Row, rowHeight(section, kNoRow, m_cell), {.section = s}, headRow);
        for (int r = 0; r < section.rows.size(); ++r)
            add(ReportBlock::Kind::Row, rowHeight(section, r, m_cell), {.section = s, .row = r}, headRow);
    }
}

// The m_head of every page: the m_site and the report; its foot: the page number.
void ReportPdf::paintFrame(QPainter& p, int page) const
{
    const double h = QFontMetricsF(m_head, &m_device).height();
    p.setFont(m_head);
    p.setPen(Qt::black);
    p.drawText(QRectF(0, 0, m_width, h), Qt::AlignLeft | Qt::AlignVCenter, m_site);
    p.setFont(m_small);
    p.drawText(QRectF(0, 0, m_width, h), Qt::AlignRight | Qt::AlignVCenter, ReportSections::title(m_figures));
    p.setPen(QPen(Qt::darkGray, 0));
    p.drawLine(QPointF(0, h * 1.5), QPointF(m_width, h * 1.5));
    p.setPen(Qt::black);
    const double bottom = m_device.height();
    p.drawText(QRectF(0, bottom - QFontMetricsF(m_small, &m_device).height(), m_width,
                      QFontMetricsF(m_small, &m_device).height()),
               Qt::AlignHCenter | Qt::AlignBottom, tr("Page %1 of %2").arg(page + 1).arg(m_pages.size()));
}

void ReportPdf::paintCells(QPainter& p, const ReportSection& s, int row, double y, double h, const QFont& font) const
{
    const QList<double> w = columns(s);
    p.setFont(font);
    if (row == kNoRow && font == m_cell) {
        p.setPen(QPen(Qt::gray, 0));
        p.drawRect(QRectF(0, y, m_width, h));
        p.setPen(Qt::black);
        p.drawText(QRectF(m_pad, y + m_pad, m_width - 2 * m_pad, h - 2 * m_pad), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("Nothing in this period."));
        return;
    }
    double x = 0;
    for (qsizetype c = 0; c < w.size(); ++c) {
        const QRectF box(x, y, w.at(c), h);
        if (row < 0)
            p.fillRect(box, QColor(0xee, 0xee, 0xee));
        p.setPen(QPen(Qt::gray, 0));
        p.drawRect(box);
        p.setPen(Qt::black);
        const bool number = row >= 0 && s.rows.at(row).value(c).type != ReportCell::Type::Text;
        const QString text = row < 0 ? s.headers.value(c) : s.rows.at(row).value(c).display();
        p.drawText(box.adjusted(m_pad, m_pad, -m_pad, -m_pad),
                   (number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter | Qt::TextWordWrap, text);
        x += w.at(c);
    }
}

double ReportPdf::paintTableHead(QPainter& p, int section, double y) const
{
    const double h = rowHeight(m_sections.at(section), -2, m_cellBold);
    paintCells(p, m_sections.at(section), -2, y, h, m_cellBold);
    return h;
}

void ReportPdf::paintChart(QPainter& p, int which, const QRectF& target) const
{
    // The page's own chart, laid out at screen size and drawn scaled into the target as vectors.
    QGraphicsScene scene;
    auto* chart = new QChart;
    scene.addItem(chart);
    ReportChartsWidget::prepare(chart);
    const QRectF logical(0, 0, 720, 720 * target.height() / target.width());
    chart->setGeometry(logical);
    if (which == 0)
        ReportChartsWidget::showKinds(chart, m_figures);
    else
        ReportChartsWidget::showRates(chart, m_figures);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    scene.setSceneRect(logical);
    scene.render(&p, target, logical);
}

void ReportPdf::paintBlock(QPainter& p, int b, double y) const
{
    const ReportBlock& block = m_blocks.at(b);
    const Item& item = m_items.at(b);
    if (item.title) {
        const double h = QFontMetricsF(m_title, &m_device).height();
        p.setFont(m_title);
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y, m_width, h * 1.4), Qt::AlignLeft | Qt::AlignVCenter, ReportSections::title(m_figures));
        p.setFont(m_cell);
        p.drawText(QRectF(0, y + h * 1.4, m_width, block.height - h * 1.4), Qt::AlignLeft | Qt::AlignTop,
                   ReportSections::subtitle(m_figures));
    } else if (item.chart >= 0) {
        paintChart(p, item.chart, QRectF(0, y, m_width, block.height).adjusted(0, m_pad, 0, -m_pad));
    } else if (block.kind == ReportBlock::Kind::Heading) {
        p.setFont(m_heading);
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y, m_width, block.height), Qt::AlignLeft | Qt::AlignBottom,
                   m_sections.at(item.section).title);
    } else if (block.kind == ReportBlock::Kind::TableHead) {
        paintCells(p, m_sections.at(item.section), -2, y, block.height, m_cellBold);
    } else {
        paintCells(p, m_sections.at(item.section), item.row, y, block.height, m_cell);
    }
}

void ReportPdf::print(const ReportFigures& figures, const QString& siteName, QPagedPaintDevice& device)
{
    QPainter painter;
    if (!painter.begin(&device))
        return;
    const ReportPdf report(figures, siteName, device);
    report.paint(painter, [&device] { device.newPage(); });
    painter.end();
}

Status ReportPdf::write(const ReportFigures& figures, const QString& siteName, const QString& path)
{
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(siteName + u" "_s + ReportSections::title(figures));
        writer.setCreator(u"FrontDesk"_s);
        print(figures, siteName, writer);
    }
    // QPdfWriter reports no error; an unwritable path leaves no file. The text must be what is printed.
    if (QFileInfo(path).size() <= 0 || !PdfToUnicode::repairFile(path))
        return Error{u"report.pdf"_s, tr("The PDF could not be saved at %1.").arg(path), u"path"_s};
    return {};
}

} // namespace fd
