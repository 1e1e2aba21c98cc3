#pragma once

#include "engine/Session.h"
#include "modules/reports/ReportFigures.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QPrinter;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace fd {

class Clock;
class ReportChartsWidget;
class ReportService;
class SiteSetup;

// 周汇报表: the weekly report for supervisors and managers (R-IN-6, R-CP-9, R-CB-4). A week picker
// (any day of it; the week closes on the site's rule.week_close_day, Friday by default; default this week by the
// clock), a daily toggle, the tables of ReportSections, two charts, printing/PDF and the Excel export.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    ReportsPage(ReportService& service, SiteSetup& site, const Clock& clock, QWidget* parent = nullptr);

    void setSession(const Session& session);
    [[nodiscard]] const std::optional<ReportFigures>& figures() const { return m_figures; }
    [[nodiscard]] ReportChartsWidget* charts() const { return m_charts; }

    // The exports without a file dialog (what the buttons call once a path is chosen). On failure
    // the message shows on the page and false is returned.
    bool exportXlsx(const QString& path);
    bool savePdf(const QString& path);
    // Prints what the page shows on a printer the print dialog set up (a printer or a PDF file).
    void printOn(QPrinter& printer);

public slots:
    // Reads the figures again for the chosen week or day.
    void refresh();
    void showThisWeek();
    void print();
    void chooseXlsx();

signals:
    void reportShown(const QString& title);

private:
    void updateDateTip();
    void showFigures(const ReportFigures& figures);
    void showError(const QString& message);
    void clearTables();
    [[nodiscard]] QString suggestedName(const QString& suffix) const;

    ReportService& m_service;
    SiteSetup& m_site;
    const Clock& m_clock;
    std::optional<Session> m_session;
    std::optional<ReportFigures> m_figures;
    QDateEdit* m_date;
    QCheckBox* m_daily;
    QPushButton* m_thisWeek;
    QPushButton* m_print;
    QPushButton* m_xlsx;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_error;
    QVBoxLayout* m_tables;
    QList<QTableWidget*> m_tableWidgets;
    ReportChartsWidget* m_charts;
};

} // namespace fd
