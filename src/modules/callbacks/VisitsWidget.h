#pragma once

#include "engine/Session.h"
#include "modules/callbacks/VisitTypes.h"
#include "widgets/FormErrors.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTableView;

namespace fd {

class Clock;
class RegistryService;
class UnitPickerWidget;
class VisitListModel;
class VisitService;

// 访问 (R-CB-5): the clerk records a proactive customer visit by keyboard (unit, person, when, how,
// what about, what the customer said, whether it was the department's visit), sees this month's
// visits against the quotas (their own bar first, then the department's, then the other clerks';
// amber below quota, green once met) and the visits recorded so far, the latest first. The form's
// layout: ui/modules/callbacks/VisitsWidget.ui.
class VisitsWidget : public QWidget
{
    Q_OBJECT

public:
    VisitsWidget(VisitService& visits, RegistryService& registry, const Clock& clock, QWidget* parent = nullptr);

    void setSession(const Session& session);
    [[nodiscard]] VisitListModel* model() const { return m_model; }
    [[nodiscard]] UnitPickerWidget* unitPicker() const { return m_unit; }
    // The bar of one clerk (by user id) or, with 0, the department's; nullptr when not shown.
    [[nodiscard]] QProgressBar* progressBar(qint64 userId) const;

public slots:
    void refresh();
    void recordVisit();

signals:
    void visitRecorded(qint64 visitId);

private:
    void buildForm(QGroupBox* box, RegistryService& registry);
    void showProgress();
    QProgressBar* addBar(const VisitTally& tally, const QString& label, bool bold);
    void resetForm();
    void unitChosen(qint64 unitId);

    VisitService& m_visits;
    const Clock& m_clock;
    std::optional<Session> m_session;
    VisitListModel* m_model;
    UnitPickerWidget* m_unit = nullptr;
    QLineEdit* m_person = nullptr;
    QDateTimeEdit* m_visited = nullptr;
    QComboBox* m_way = nullptr;
    QLineEdit* m_topic = nullptr;
    QLineEdit* m_opinion = nullptr;
    QCheckBox* m_forDepartment = nullptr;
    QPushButton* m_record = nullptr;
    QGroupBox* m_progressBox = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_bars = nullptr;
    QGridLayout* m_barsLayout = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_done = nullptr;
    QLabel* m_message = nullptr;
    QString m_filledPerson; // the resident put into the person field for the chosen unit
    FormErrors m_errors;
};

} // namespace fd
