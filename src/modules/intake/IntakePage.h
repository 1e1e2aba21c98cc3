#pragma once

#include "core/Error.h"
#include "engine/Session.h"
#include "modules/intake/IntakeForm.h"
#include "widgets/FormErrors.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace fd {

class Clock;
class IntakeClassFieldsWidget;
class IntakeHistoryWidget;
class IntakeService;
class RegistryService;
class SiteRules;
class UnitPickerWidget;

// 受理: the desk's "new" form, keyboard first. Unit (as in the registry), person, channel, caller
// number, what was said, the class (Alt+R/M/Q/I/O) with its fields in place; Ctrl+S or Ctrl+Enter
// saves and shows the ticket number; Esc starts a new form (asking before anything typed is thrown
// away). Every edit is kept as a draft after a short pause and restored at the next sign-in, so a
// crash loses nothing (R-IN-1). The customer's history shows beside the form (R-CP-10). The form's
// layout: ui/modules/intake/IntakePage.ui.
class IntakePage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DraftDelayMs = 1000;

    IntakePage(IntakeService& intake, RegistryService& registry, SiteRules& rules, const Clock& clock,
               QWidget* parent = nullptr);

    void setSession(const Session& session);
    [[nodiscard]] IntakeForm form() const;

public slots:
    bool save();
    // Starts an empty form; a non-empty one is discarded only when the clerk agrees.
    bool newIntake();
    void focusForm();

signals:
    // A ticket was opened from the form: its number, e.g. ZX-20261123-0001.
    void ticketOpened(qint64 ticketId, const QString& number);

private:
    QWidget* buildForm(RegistryService& registry, const Clock& clock);
    void load(const IntakeForm& form);
    void clearForm();
    void edited();
    void saveDraftNow();
    void refreshHistory();
    void unitChanged();
    // The chosen resident's number from the registry, into an empty or earlier filled phone field.
    void fillPhoneFromRegistry();
    // Names (or hides) the phone field for the channel: a caller's number, a contact phone, none.
    void channelChanged();

    IntakeService& m_intake;
    std::optional<Session> m_session;
    UnitPickerWidget* m_unit = nullptr;
    QComboBox* m_person = nullptr;
    QComboBox* m_channel = nullptr;
    QLineEdit* m_phone = nullptr;
    QLabel* m_phoneLabel = nullptr;
    QString m_filledPhone; // what fillPhoneFromRegistry() last put in, so a typed number is never replaced
    QPlainTextEdit* m_text = nullptr;
    QButtonGroup* m_classes = nullptr;
    QCheckBox* m_urgent = nullptr;
    IntakeClassFieldsWidget* m_fields = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_new = nullptr;
    IntakeHistoryWidget* m_history = nullptr;
    QTimer* m_draftTimer = nullptr;
    QTimer* m_historyTimer = nullptr;
    FormErrors m_errors;
    bool m_loading = false;
};

} // namespace fd
