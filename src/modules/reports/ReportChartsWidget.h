#pragma once

#include "modules/reports/ReportFigures.h"

#include <QWidget>

class QChart;
class QChartView;

namespace fd {

// The report's two charts (Qt Charts): what was taken in, by kind, and the on-time, callback and
// satisfaction rates in percent.
class ReportChartsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ReportChartsWidget(QWidget* parent = nullptr);

    void setFigures(const ReportFigures& figures);
    void clear();

    [[nodiscard]] QChart* kindsChart() const;
    [[nodiscard]] QChart* ratesChart() const;

private:
    QChartView* m_kinds;
    QChartView* m_rates;
};

} // namespace fd
