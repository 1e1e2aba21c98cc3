#pragma once

#include "engine/Session.h"
#include "engine/shifts/Shift.h"
#include "modules/shifts/HandoverPrinter.h"
#include "widgets/FormErrors.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace fd {

class HandoverDialog;
class HandoverPrintButton;
class HandoverSheetModel;
class AccountService;
class ChangeFeed;
class Clock;
class MinuteTick;
class ShiftService;
class SiteRules;
class SiteSetup;

// 交接班 / Handover: the signed-in person's shift and their post's handover sheets (R-SH-1, R-SH-2).
// On a shift it says where, which shift (A/B/C, from the rules' times) and since when, and
// "End shift and hand over…" opens the HandoverDialog. Off shift it offers the posts and
// "Start shift". Below, the post's recent sheets (lazily paged): a sealed one opens for reading and
// printing; a signed draft waiting for the arriving person opens at the arriving step, so the next
// person can sign a minute later at the same computer.
class ShiftPage : public QWidget
{
    Q_OBJECT

public:
    // The services the page and the handover dialogs and print button it opens use, picked by
    // addShiftsPages.
    struct Uses
    {
        ShiftService& shifts;
        AccountService& accounts;
        SiteRules& rules;
        SiteSetup& site;
        const Clock& clock;
        MinuteTick& minuteTick;
        ChangeFeed& changes;
    };

    explicit ShiftPage(const Uses& uses, QWidget* parent = nullptr);

    void setSession(const Session& session);
    void refresh();

    [[nodiscard]] HandoverSheetModel* sheetModel() const { return m_model; }
    [[nodiscard]] const std::optional<Shift>& currentShift() const { return m_shift; }
    // The post whose sheets are listed: the shift's post, or the one chosen in the list of posts.
    [[nodiscard]] qint64 shownPostId() const;

public slots:
    void startShift();
    // Opens the handover dialog for the person's own shift (at the step it has reached).
    HandoverDialog* handOver();
    // Opens the selected sheet: a waiting draft at its arriving step, a sealed one to read and print.
    HandoverDialog* openSelectedSheet();
    // Opens the oldest sheet of the shown post that waits for the arriving person.
    HandoverDialog* takeOver();

signals:
    // A shift started or ended (the window's status line may show it).
    void shiftChanged();

private:
    QWidget* buildShiftBox();
    void loadPosts();
    void updateShift();
    void updateHolders();
    void updateWaiting();
    void updateButtons();
    [[nodiscard]] qint64 selectedSheetId() const;
    HandoverDialog* openDialog(qint64 sheetId, qint64 shiftId);
    void showMessage(const QString& text, bool error);
    // What the handover dialog and the print button are given.
    [[nodiscard]] HandoverPrinter::Uses handoverUses() const;

    Uses m_uses;
    std::optional<Session> m_session;
    std::optional<Shift> m_shift;
    qint64 m_waitingSheetId = 0;
    HandoverSheetModel* m_model;
    QWidget* m_onDutyRow = nullptr;
    QWidget* m_offDutyRow = nullptr;
    QLabel* m_onDuty = nullptr;
    QLabel* m_holders = nullptr;
    QPushButton* m_endShift = nullptr;
    QComboBox* m_post = nullptr;
    QPushButton* m_start = nullptr;
    FormErrors m_startErrors;
    QLabel* m_waiting;
    QPushButton* m_takeOver;
    QLabel* m_listTitle;
    QTableView* m_table;
    QPushButton* m_open;
    HandoverPrintButton* m_print;
    QLabel* m_message;
};

} // namespace fd
