#pragma once

#include "core/Result.h"
#include "modules/reports/ReportFigures.h"
#include "modules/reports/ReportPageBreaks.h"
#include "modules/reports/ReportSections.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;
class QRectF;

namespace fd {

// The printed weekly (or daily) report (R-IN-6, R-CP-9, R-CB-4): on every page the site's name and
// the report's title at the head and the page number at the foot; on the first the two charts of the
// page (Qt Charts, drawn as vectors), then every table of ReportSections. Page breaks come from
// ReportPageBreaks: a heading never ends a page, and a table carried over repeats its header row.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    // A4 portrait PDF, its text the characters printed (PdfToUnicode).
    static Status write(const ReportFigures& figures, const QString& siteName, const QString& path);
    // Paints every page on a printer (or any paged device) already set up.
    static void print(const ReportFigures& figures, const QString& siteName, QPagedPaintDevice& device);

private:
    // What one ReportBlock draws.
    struct Item
    {
        int section = -1; // the table (headings, header rows, rows)
        int row = -1;     // -1: the "Nothing in this period." line of an empty table
        int chart = -1;   // 0 kinds, 1 rates
        bool title = false;
    };

    // The report laid out for one paint device: fonts, blocks and the pages they fall on.
    ReportPdf(const ReportFigures& figures, const QString& siteName, QPaintDevice& device);
    void paint(QPainter& p, const std::function<void()>& newPage) const;
    [[nodiscard]] QFont font(double points, bool bold) const;
    [[nodiscard]] QList<double> columns(const ReportSection& s) const;
    [[nodiscard]] double textHeight(const QFont& font, double w, const QString& text) const;
    [[nodiscard]] double rowHeight(const ReportSection& s, int row, const QFont& font) const;
    void add(ReportBlock::Kind kind, double height, Item item, double repeatedHead = 0);
    void build();
    void paintFrame(QPainter& p, int page) const;
    void paintCells(QPainter& p, const ReportSection& s, int row, double y, double h, const QFont& font) const;
    double paintTableHead(QPainter& p, int section, double y) const;
    void paintChart(QPainter& p, int which, const QRectF& target) const;
    void paintBlock(QPainter& p, int b, double y) const;

    const ReportFigures& m_figures;
    QString m_site;
    QPaintDevice& m_device;
    QList<ReportSection> m_sections;
    QList<ReportBlock> m_blocks;
    QList<Item> m_items;
    QList<QList<int>> m_pages;
    QFont m_head, m_title, m_heading, m_cell, m_cellBold, m_small;
    double m_width = 0;
    double m_headHeight = 0;
    double m_footHeight = 0;
    double m_pad = 0;
};

} // namespace fd
