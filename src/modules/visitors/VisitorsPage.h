#pragma once

#include "engine/Session.h"
#include "widgets/FormErrors.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace fd {

class Clock;
class MinuteTick;
class RegistryService;
class UnitPickerWidget;
class VisitorInsideModel;
class VisitorInstructionsWidget;
class VisitorService;
struct FrequentVisitor;
struct VisitorCheckIn;

// 访客: the check-in form on the left (the visitor is in front of the clerk: every field by keyboard),
// the visitors inside now on the right. R-VS-1: whom they visit and how the resident agreed (by
// phone, arranged before, or refused with a reason: turned away, never inside); R-VS-2: admitted
// with name, whom, purpose, time in; R-VS-3: "Confirmed with the resident" re-arms the 1.5-hour
// check; R-VS-4: "Check out" (Ctrl+O) records the time out. The unit's instructions in force are
// shown under the unit; past visitors are suggested as the name or phone is typed. The check-in
// form's layout: ui/modules/visitors/VisitorsPageForm.ui.
class VisitorsPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SuggestDelayMs = 250;

    VisitorsPage(VisitorService& visitors, RegistryService& registry, const Clock& clock, MinuteTick& minuteTick,
                 QWidget* parent = nullptr);

    void setSession(const Session& session);
    [[nodiscard]] VisitorInsideModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] qint64 selectedVisitId() const;

public slots:
    void refresh();
    // Selects that visit in the inside list (a search hit or a reminder); a visit no longer inside
    // is described in the message line.
    void showRecord(qint64 visitId);
    void checkIn();
    void confirmSelected();
    void checkOutSelected();
    void clearForm();

signals:
    // A visit was checked in, refused, confirmed or checked out here (the reminders may change).
    void visitChanged(qint64 visitId);

private:
    static QLabel* heading(QLabel* label); // made larger and bold
    QWidget* buildForm(RegistryService& registry);
    QWidget* buildInside();
    [[nodiscard]] VisitorCheckIn form() const;
    void unitChanged(qint64 unitId);
    void updateSuggestions();
    void takeSuggestion(int row);
    void updateConfirmation();
    void updateActions();
    void say(const QString& text, bool error = false);
    bool eventFilter(QObject* watched, QEvent* event) override;

    VisitorService& m_visitors;
    const Clock& m_clock;
    std::optional<Session> m_session;
    QList<FrequentVisitor> m_suggested;
    bool m_filling = false;
    QLineEdit* m_name;
    QListWidget* m_suggestions;
    QLineEdit* m_phone;
    QSpinBox* m_party;
    UnitPickerWidget* m_unit;
    QComboBox* m_host;
    VisitorInstructionsWidget* m_instructions;
    QLineEdit* m_purpose;
    QLineEdit* m_plate;
    QButtonGroup* m_confirmation;
    QLineEdit* m_reason;
    QPushButton* m_checkIn;
    QLabel* m_count;
    VisitorInsideModel* m_model;
    QTableView* m_table;
    QLineEdit* m_note;
    QPushButton* m_confirm;
    QPushButton* m_checkOut;
    QLabel* m_message;
    QTimer* m_suggestTimer;
    FormErrors m_errors;
};

} // namespace fd
