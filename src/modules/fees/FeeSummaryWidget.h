#pragma once

#include "engine/Session.h"
#include "modules/fees/FeeTypes.h"
#include "widgets/FormErrors.h"

#include <QWidget>

#include <memory>
#include <optional>

class QStandardItemModel;

namespace fd {

// The form uic makes from ui/modules/fees/FeeSummaryWidget.ui (class fd::FeeSummaryWidget).
class Ui_FeeSummaryWidget;

class Clock;
class FeeSummaryService;

// The monthly summary (收费月报, R-FE-1): a month (this month by default), its bills per building and
// item with billed, collected and outstanding and the totals, the money taken in the month per method;
// saved as a PDF or a workbook with the same numbers.
class FeeSummaryWidget : public QWidget
{
    Q_OBJECT

public:
    FeeSummaryWidget(FeeSummaryService& summaries, const Clock& clock, const QString& siteName,
                     QWidget* parent = nullptr);
    ~FeeSummaryWidget() override;

    void setSession(const Session& session);
    void setPeriod(const QString& period);
    [[nodiscard]] QStandardItemModel* model() const { return m_model; }
    [[nodiscard]] const std::optional<FeeSummary>& summary() const { return m_summary; }
    [[nodiscard]] const FormErrors& errors() const { return m_errors; }

public slots:
    bool showSummary();
    // Ask where to save; false when cancelled or refused.
    bool savePdf();
    bool exportXlsx();

private:
    void say(const QString& text);

    std::unique_ptr<Ui_FeeSummaryWidget> m_ui;
    FeeSummaryService& m_summaries;
    QString m_siteName;
    std::optional<Session> m_session;
    QStandardItemModel* m_model;
    std::optional<FeeSummary> m_summary;
    FormErrors m_errors;
};

} // namespace fd
