#include "modules/reports/ReportsPage.h"

#include "core/DateTimeText.h"
#include "widgets/Ask.h"

#include "core/Clock.h"
#include "core/PdfToUnicode.h"
#include "engine/SiteSetup.h"
#include "modules/reports/ReportChartsWidget.h"
#include "modules/reports/ReportPdf.h"
#include "modules/reports/ReportSections.h"
#include "modules/reports/ReportService.h"
#include "modules/reports/ReportXlsx.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QTableWidget* makeTable(const ReportSection& s, QWidget* parent)
{
    auto* table = new QTableWidget(int(s.rows.size()), int(s.headers.size()), parent);
    table->setObjectName(u"reportTable_"_s + s.id);
    table->setHorizontalHeaderLabels(s.headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->verticalHeader()->hide();
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int rowHeight = table->fontMetrics().height() + 8;
    table->verticalHeader()->setDefaultSectionSize(rowHeight);
    for (int r = 0; r < s.rows.size(); ++r)
        for (int c = 0; c < s.rows.at(r).size(); ++c) {
            const ReportCell& cell = s.rows.at(r).at(c);
            auto* item = new QTableWidgetItem(cell.display());
            if (cell.type != ReportCell::Type::Text)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, c, item);
        }
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    // Every row shows: the page scrolls, not the table.
    table->setFixedHeight(header->sizeHint().height() + rowHeight * std::max<int>(1, int(s.rows.size())) +
                          2 * table->frameWidth());
    return table;
}

} // namespace

ReportsPage::ReportsPage(ReportService& service, SiteSetup& site, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_service(service), m_site(site), m_clock(clock), m_date(new QDateEdit(this)),
      m_daily(new QCheckBox(tr("&Daily"), this)), m_thisWeek(new QPushButton(tr("&This week"), this)),
      m_print(new QPushButton(tr("&Print / Save as PDF…"), this)),
      m_xlsx(new QPushButton(tr("&Export to Excel…"), this)), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_error(new QLabel(this)), m_tables(new QVBoxLayout), m_charts(new ReportChartsWidget(this))
{
    setObjectName(u"reportsPage"_s);
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    auto* heading = new QLabel(tr("Weekly report"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    top->addWidget(heading);
    auto* dateLabel = new QLabel(tr("&Week of:"), this);
    dateLabel->setBuddy(m_date);
    top->addSpacing(12);
    top->addWidget(dateLabel);
    m_date->setObjectName(u"reportDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DateTimeText::dateFormat() + u" ddd"_s);
    updateDateTip();
    top->addWidget(m_date);
    m_thisWeek->setObjectName(u"reportThisWeek"_s);
    top->addWidget(m_thisWeek);
    m_daily->setObjectName(u"reportDaily"_s);
    m_daily->setToolTip(tr("Show one day instead of the week"));
    top->addWidget(m_daily);
    top->addStretch(1);
    m_print->setObjectName(u"reportPrint"_s);
    top->addWidget(m_print);
    m_xlsx->setObjectName(u"reportExportXlsx"_s);
    top->addWidget(m_xlsx);
    layout->addLayout(top);

    m_title->setObjectName(u"reportTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_subtitle->setObjectName(u"reportSubtitle"_s);
    layout->addWidget(m_subtitle);
    m_error->setObjectName(u"reportError"_s);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto* tablesHost = new QWidget;
    tablesHost->setLayout(m_tables);
    m_tables->setContentsMargins(0, 0, 6, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"reportTables"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(tablesHost);
    scroll->setMinimumWidth(420);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(scroll);
    split->addWidget(m_charts);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    m_date->setDate(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date());
    connect(m_date, &QDateEdit::dateChanged, this, &ReportsPage::refresh);
    connect(m_daily, &QCheckBox::toggled, this, &ReportsPage::refresh);
    connect(m_thisWeek, &QPushButton::clicked, this, &ReportsPage::showThisWeek);
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::print);
    connect(m_xlsx, &QPushButton::clicked, this, &ReportsPage::chooseXlsx);
}

void ReportsPage::setSession(const Session& session)
{
    const bool otherPerson = m_session && m_session->user.id != session.user.id;
    m_session = session;
    if (otherPerson)
        m_date->setDate(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date());
    refresh();
}

void ReportsPage::showThisWeek()
{
    m_daily->setChecked(false);
    m_date->setDate(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date());
    refresh();
}

void ReportsPage::updateDateTip()
{
    // The week's days follow the site's close day (R-IN-6, rule.week_close_day).
    const int close = m_service.weekCloseDay();
    m_date->setToolTip(tr("Any day of the week (%1 to %2); with Daily, the day itself")
                           .arg(QLocale().dayName(close % 7 + 1), QLocale().dayName(close)));
}

void ReportsPage::refresh()
{
    updateDateTip();
    if (!m_session)
        return;
    const QDate date = m_date->date();
    auto figures = m_daily->isChecked() ? m_service.day(*m_session, date) : m_service.week(*m_session, date);
    if (!figures) {
        m_figures.reset();
        clearTables();
        m_charts->clear();
        m_title->clear();
        m_subtitle->clear();
        showError(figures.error().message);
        return;
    }
    m_error->hide();
    showFigures(figures.value());
}

void ReportsPage::showFigures(const ReportFigures& figures)
{
    m_figures = figures;
    clearTables();
    for (const ReportSection& s : ReportSections::build(figures)) {
        auto* caption = new QLabel(s.title);
        QFont bold = caption->font();
        bold.setBold(true);
        caption->setFont(bold);
        m_tables->addWidget(caption);
        QTableWidget* table = makeTable(s, nullptr);
        m_tables->addWidget(table);
        m_tableWidgets.append(table);
    }
    m_tables->addStretch(1);
    m_charts->setFigures(figures);
    m_title->setText(ReportSections::title(figures));
    m_subtitle->setText(ReportSections::subtitle(figures));
    m_print->setEnabled(true);
    m_xlsx->setEnabled(true);
    emit reportShown(m_title->text());
}

void ReportsPage::clearTables()
{
    m_tableWidgets.clear();
    while (QLayoutItem* item = m_tables->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_print->setEnabled(false);
    m_xlsx->setEnabled(false);
}

void ReportsPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

QString ReportsPage::suggestedName(const QString& suffix) const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString day = m_figures ? m_figures->firstDay.toString(u"yyyyMMdd"_s) : QString();
    const QString stem = m_figures && m_figures->daily ? tr("daily-report") : tr("weekly-report");
    return QDir(dir).filePath(stem + u"-"_s + day + suffix);
}

bool ReportsPage::exportXlsx(const QString& path)
{
    if (!m_figures)
        return false;
    if (Status s = ReportXlsx::write(*m_figures, path); !s) {
        showError(s.error().message);
        return false;
    }
    m_error->hide();
    return true;
}

bool ReportsPage::savePdf(const QString& path)
{
    if (!m_figures)
        return false;
    if (Status s = ReportPdf::write(*m_figures, m_site.siteName(), path); !s) {
        showError(s.error().message);
        return false;
    }
    m_error->hide();
    return true;
}

void ReportsPage::chooseXlsx()
{
    const QString path = Ask::saveFileName(this, tr("Export the report to Excel"), suggestedName(u".xlsx"_s),
                                           tr("Excel workbook (*.xlsx)"));
    if (!path.isEmpty())
        exportXlsx(path);
}

void ReportsPage::print()
{
    if (!m_figures)
        return;
    // The print dialog also offers "Print to file (PDF)".
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(ReportSections::title(*m_figures));
    printer.setOutputFileName(suggestedName(u".pdf"_s));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the report or save it as PDF"));
    if (dialog.exec() == QDialog::Accepted)
        printOn(printer);
}

void ReportsPage::printOn(QPrinter& printer)
{
    if (!m_figures)
        return;
    ReportPdf::print(*m_figures, m_site.siteName(), printer);
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty())
        PdfToUnicode::repairFile(printer.outputFileName()); // printed to a file: its text is what it shows
}

} // namespace fd
