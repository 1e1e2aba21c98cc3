#pragma once

#include "core/Error.h"
#include "engine/Session.h"
#include "engine/tickets/Ticket.h"
#include "modules/complaints/ComplaintTypes.h"

#include "widgets/FormErrors.h"
#include "widgets/FormSnapshot.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace fd {

class Clock;
class ComplaintService;
class ReloadAndApply;
class TicketService;

// The selected complaint and what is done to it: the supervisor's decision with the R-CP-3
// checklist, forwarding to a department and the result coming back (R-CP-6), the same-event link,
// an extension (R-CP-5), the reply (R-CP-6) and the customer note (R-CP-10). What the role may not
// do is disabled with the reason shown. Each action calls ComplaintService and shows its Error beside the field it
// names. The decision's layout: ui/modules/complaints/ComplaintDetailWidget.ui.
class ComplaintDetailWidget : public QWidget
{
    Q_OBJECT

public:
    ComplaintDetailWidget(ComplaintService& complaints, TicketService& tickets, const Clock& clock,
                          QWidget* parent = nullptr);

    void setSession(const Session& session);
    // 0 shows nothing.
    void showTicket(qint64 ticketId);
    // The ticket shown read again (it may have changed at another desk), unless something has been
    // typed or chosen since it was shown: then it stays as it was, with the version the person worked
    // from, so the save meets the other desk's change (ticket.stale) and "Reload and apply again".
    void showAgain();
    [[nodiscard]] qint64 ticketId() const { return m_ticket.id; }

public slots:
    void recordDecision();
    void linkEvent();
    void forwardComplaint();
    void recordResult();
    void extendLimit();
    void recordReply();
    void addNote();

signals:
    void changed(qint64 ticketId);

private:
    QWidget* buildDecision();
    QWidget* buildActions();
    // key: "<action>.<field>", e.g. "decide.reason"; "general" for errors naming no field. Makes the
    // label unless the layout has it already.
    QLabel* errorLabel(const QString& key, QLabel* label = nullptr);
    void clearErrors();
    void showError(const QString& action, const Error& error);
    void after(const QString& action, const Result<Ticket>& result, QLineEdit* clearOnSuccess = nullptr);
    void updateEnabled();

    ComplaintService& m_complaints;
    TicketService& m_tickets;
    const Clock& m_clock;
    Session m_session;
    Ticket m_ticket;

    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QRadioButton* m_valid = nullptr;
    QRadioButton* m_invalid = nullptr;
    QComboBox* m_grade = nullptr;
    QHash<ComplaintCriterion, QCheckBox*> m_criteria;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_decide = nullptr;
    QWidget* m_decisionFields = nullptr; // the verdict, grade, criteria and reason: the supervisor's
    QLabel* m_decisionWhy = nullptr;     // why they are disabled for this role
    QLabel* m_workWhy = nullptr;         // why the follow-through is disabled for this role
    QComboBox* m_department = nullptr;
    QPushButton* m_forward = nullptr;
    QLineEdit* m_result = nullptr;
    QLineEdit* m_doneBy = nullptr;
    QPushButton* m_recordResult = nullptr;
    QLineEdit* m_event = nullptr;
    QPushButton* m_link = nullptr;
    QDateTimeEdit* m_limit = nullptr;
    QLineEdit* m_extendReason = nullptr;
    QPushButton* m_extend = nullptr;
    QLineEdit* m_answer = nullptr;
    QPushButton* m_reply = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_addNote = nullptr;
    QHash<QString, FormErrors> m_errors; // by action: decide, forward, result, link, extend, reply, note
    QLabel* m_general = nullptr;
    // Issue 16: refused because another desk changed the complaint meanwhile (the general line says
    // who and when): read it again and repeat the last action with what is typed.
    QPushButton* m_reloadButton = nullptr;
    ReloadAndApply* m_reload = nullptr;
    FormSnapshot m_shown; // the fields as showTicket filled them
    std::function<void()> m_retry;
};

} // namespace fd
