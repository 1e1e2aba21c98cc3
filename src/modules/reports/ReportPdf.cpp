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

// What one ReportBlock draws.
struct Item
{
    int section = -1; // the table (headings, header rows, rows)
    int row = kNoRow;
    int chart = -1; // 0 kinds, 1 rates
    bool title = false;
};

// The report laid out for one paint device: fonts, blocks and the pages they fall on.
class Layout
{
public:
    Layout(const ReportFigures& figures, const QString& siteName, QPaintDevice& device)
        : f(figures), site(siteName), dev(device), sections(ReportSections::build(figures))
    {
        head = font(8.5, true);
        title = font(14, true);
        heading = font(10.5, true);
        cell = font(9, false);
        cellBold = font(9, true);
        small = font(8, false);
        width = dev.width();
        headHeight = QFontMetricsF(head, &dev).height() * 2.2;
        footHeight = QFontMetricsF(small, &dev).height() * 2;
        pad = QFontMetricsF(cell, &dev).height() * 0.3;
        build();
        pages = ReportPageBreaks::paginate(blocks, dev.height() - headHeight - footHeight);
    }

    void paint(QPainter& p, const std::function<void()>& newPage) const
    {
        for (qsizetype page = 0; page < pages.size(); ++page) {
            if (page > 0)
                newPage();
            paintFrame(p, int(page));
            double y = headHeight;
            const QList<int>& list = pages.at(page);
            if (!list.isEmpty() && blocks.at(list.first()).repeatedHead > 0)
                y += paintTableHead(p, items.at(list.first()).section, y); // carried over: its header again
            for (int b : list) {
                paintBlock(p, b, y);
                y += blocks.at(b).height;
            }
        }
    }

    QList<ReportBlock> blocks;
    QList<QList<int>> pages;

private:
    QFont font(double points, bool bold) const
    {
        QFont out;
        out.setPointSizeF(points);
        out.setBold(bold);
        return QFont(out, &dev);
    }

    QList<double> columns(const ReportSection& s) const
    {
        const qsizetype n = std::max<qsizetype>(1, s.headers.size());
        const double first = n == 1 ? width : width * (n == 2 ? 0.6 : 0.34);
        QList<double> out{first};
        for (qsizetype c = 1; c < n; ++c)
            out.append((width - first) / double(n - 1));
        return out;
    }

    double textHeight(const QFont& font, double w, const QString& text) const
    {
        return QFontMetricsF(font, &dev).boundingRect(QRectF(0, 0, w - 2 * pad, 1e7), Qt::TextWordWrap, text).height();
    }

    double rowHeight(const ReportSection& s, int row, const QFont& font) const
    {
        const QList<double> w = columns(s);
        double h = QFontMetricsF(font, &dev).height();
        if (row == kNoRow && font == cell)
            return h + 2 * pad;
        for (qsizetype c = 0; c < w.size(); ++c) {
            const QString text = row < 0 ? s.headers.value(c) : s.rows.at(row).value(c).display();
            h = std::max(h, textHeight(font, w.at(c), text));
        }
        return h + 2 * pad;
    }

    void add(ReportBlock::Kind kind, double height, Item item, double repeatedHead = 0)
    {
        blocks.append({kind, height, repeatedHead});
        items.append(item);
    }

    void build()
    {
        const double titleHeight = QFontMetricsF(title, &dev).height() * 1.4 + QFontMetricsF(cell, &dev).height() * 1.6;
        add(ReportBlock::Kind::Heading, titleHeight, {.title = true});
        for (int chart : {0, 1})
            add(ReportBlock::Kind::Chart, width * 0.42, {.chart = chart});
        for (int s = 0; s < sections.size(); ++s) {
            const ReportSection& section = sections.at(s);
            add(ReportBlock::Kind::Heading, QFontMetricsF(heading, &dev).height() * 2.0, {.section = s});
            const double headRow = rowHeight(section, -2, cellBold);
            add(ReportBlock::Kind::TableHead, headRow, {.section = s});
            if (section.rows.isEmpty())
                add(ReportBlock::Kind::Row, rowHeight(section, kNoRow, cell), {.section = s}, headRow);
            for (int r = 0; r < section.rows.size(); ++r)
                add(ReportBlock::Kind::Row, rowHeight(section, r, cell), {.section = s, .row = r}, headRow);
        }
    }

    // The head of every page: the site and the report; its foot: the page number.
    void paintFrame(QPainter& p, int page) const
    {
        const double h = QFontMetricsF(head, &dev).height();
        p.setFont(head);
        p.setPen(Qt::black);
        p.drawText(QRectF(0, 0, width, h), Qt::AlignLeft | Qt::AlignVCenter, site);
        p.setFont(small);
        p.drawText(QRectF(0, 0, width, h), Qt::AlignRight | Qt::AlignVCenter, ReportSections::title(f));
        p.setPen(QPen(Qt::darkGray, 0));
        p.drawLine(QPointF(0, h * 1.5), QPointF(width, h * 1.5));
        p.setPen(Qt::black);
        const double bottom = dev.height();
        p.drawText(QRectF(0, bottom - QFontMetricsF(small, &dev).height(), width, QFontMetricsF(small, &dev).height()),
                   Qt::AlignHCenter | Qt::AlignBottom, ReportPdf::tr("Page %1 of %2").arg(page + 1).arg(pages.size()));
    }

    void paintCells(QPainter& p, const ReportSection& s, int row, double y, double h, const QFont& font) const
    {
        const QList<double> w = columns(s);
        p.setFont(font);
        if (row == kNoRow && font == cell) {
            p.setPen(QPen(Qt::gray, 0));
            p.drawRect(QRectF(0, y, width, h));
            p.setPen(Qt::black);
            p.drawText(QRectF(pad, y + pad, width - 2 * pad, h - 2 * pad), Qt::AlignLeft | Qt::AlignVCenter,
                       ReportPdf::tr("Nothing in this period."));
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
            p.drawText(box.adjusted(pad, pad, -pad, -pad),
                       (number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter | Qt::TextWordWrap, text);
            x += w.at(c);
        }
    }

    double paintTableHead(QPainter& p, int section, double y) const
    {
        const double h = rowHeight(sections.at(section), -2, cellBold);
        paintCells(p, sections.at(section), -2, y, h, cellBold);
        return h;
    }

    void paintChart(QPainter& p, int which, const QRectF& target) const
    {
        // The page's own chart, laid out at screen size and drawn scaled into the target as vectors.
        QGraphicsScene scene;
        auto* chart = new QChart;
        scene.addItem(chart);
        ReportChartsWidget::prepare(chart);
        const QRectF logical(0, 0, 720, 720 * target.height() / target.width());
        chart->setGeometry(logical);
        if (which == 0)
            ReportChartsWidget::showKinds(chart, f);
        else
            ReportChartsWidget::showRates(chart, f);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        scene.setSceneRect(logical);
        scene.render(&p, target, logical);
    }

    void paintBlock(QPainter& p, int b, double y) const
    {
        const ReportBlock& block = blocks.at(b);
        const Item& item = items.at(b);
        if (item.title) {
            const double h = QFontMetricsF(title, &dev).height();
            p.setFont(title);
            p.setPen(Qt::black);
            p.drawText(QRectF(0, y, width, h * 1.4), Qt::AlignLeft | Qt::AlignVCenter, ReportSections::title(f));
            p.setFont(cell);
            p.drawText(QRectF(0, y + h * 1.4, width, block.height - h * 1.4), Qt::AlignLeft | Qt::AlignTop,
                       ReportSections::subtitle(f));
        } else if (item.chart >= 0) {
            paintChart(p, item.chart, QRectF(0, y, width, block.height).adjusted(0, pad, 0, -pad));
        } else if (block.kind == ReportBlock::Kind::Heading) {
            p.setFont(heading);
            p.setPen(Qt::black);
            p.drawText(QRectF(0, y, width, block.height), Qt::AlignLeft | Qt::AlignBottom,
                       sections.at(item.section).title);
        } else if (block.kind == ReportBlock::Kind::TableHead) {
            paintCells(p, sections.at(item.section), -2, y, block.height, cellBold);
        } else {
            paintCells(p, sections.at(item.section), item.row, y, block.height, cell);
        }
    }

    const ReportFigures& f;
    QString site;
    QPaintDevice& dev;
    QList<ReportSection> sections;
    QList<Item> items;
    QFont head, title, heading, cell, cellBold, small;
    double width = 0;
    double headHeight = 0;
    double footHeight = 0;
    double pad = 0;
};

} // namespace

void ReportPdf::print(const ReportFigures& figures, const QString& siteName, QPagedPaintDevice& device)
{
    QPainter painter;
    if (!painter.begin(&device))
        return;
    const Layout layout(figures, siteName, device);
    layout.paint(painter, [&device] { device.newPage(); });
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
