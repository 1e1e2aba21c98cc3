#pragma once

#include "engine/Session.h"
#include "engine/shifts/HandoverSheet.h"
#include "modules/shifts/HandoverPrinter.h"
#include "widgets/FormErrors.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace fd {

class HandoverItemsView;
class HandoverPrintButton;

// 工作移交表 (R-SH-2) in one dialog, in the order the desk does it:
//  leaving   the person going off duty reads the lines as they stand (open tickets, log items, the
//            equipment and keys checklist), adds notes and signs with their password: endShift drafts
//            the sheet and signLeaving signs it;
//  arriving  the next person, at the same computer, types their own sign-in name and password and
//            answers every line — acknowledged, or what does not match — then "Accept and seal";
//  sealed    the sheet as stored, both names and times, with Print / Save as PDF.
// A signed sheet may wait: closing the dialog at the arriving step leaves it for the Handover page
// to reopen. Every refusal (wrong password, handing over to oneself, a line left unanswered, a
// locked account) appears next to the field it concerns, and nothing is signed.
class HandoverDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step { Leaving, Arriving, Sealed };

    // The sheet's shift and signatures (ShiftService), the people (AccountService: names, the leaving
    // person's password), the shift codes (SiteRules), and for the sealed sheet's print button what
    // HandoverPrinter needs: the same set as the printer's.
    HandoverDialog(const HandoverPrinter::Uses& uses, const Session& session, QWidget* parent = nullptr);

    // The session's own open shift: the lines endShift will draft now, or the draft already made for
    // it. False, with the reason on screen, when it cannot be handed over.
    bool handOverShift(qint64 shiftId);
    // A drafted or sealed sheet, at the step it has reached.
    bool openSheet(qint64 sheetId);

    [[nodiscard]] Step step() const;
    [[nodiscard]] qint64 sheetId() const { return m_sheet.id; }

public slots:
    void signLeaving();
    void acceptAndSeal();

signals:
    // The sheet was drafted, signed or sealed: lists showing it are out of date.
    void sheetChanged(qint64 sheetId);

private:
    QWidget* buildLeaving();
    QWidget* buildArriving();
    QWidget* buildSealed();
    bool loadHeader(qint64 shiftId);
    void showStep(Step step);
    void showLeaving(const QList<HandoverItem>& lines);
    void showArriving();
    void loadArrivingPosts();
    void showSealed();
    void updateProgress();
    [[nodiscard]] QString name(qint64 userId) const;

    HandoverPrinter::Uses m_uses;
    Session m_session;
    qint64 m_shiftId = 0;
    HandoverSheet m_sheet;
    QStringList m_previewed;
    QHash<qint64, QString> m_people;
    QLabel* m_header;
    QLabel* m_problem;
    QStackedWidget* m_steps;
    QDialogButtonBox* m_buttons;

    QWidget* m_leaving = nullptr;
    QLabel* m_leavingIntro = nullptr;
    HandoverItemsView* m_leavingItems = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLineEdit* m_leavingPassword = nullptr;
    QPushButton* m_sign = nullptr;
    FormErrors m_leavingErrors;

    QWidget* m_arriving = nullptr;
    QLabel* m_arrivingIntro = nullptr;
    QLabel* m_arrivingNotes = nullptr;
    HandoverItemsView* m_arrivingItems = nullptr;
    QLabel* m_progress = nullptr;
    QLineEdit* m_login = nullptr;
    QComboBox* m_arrivingPost = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_accept = nullptr;
    FormErrors m_arrivingErrors;

    QWidget* m_sealed = nullptr;
    QLabel* m_sealedSummary = nullptr;
    QLabel* m_sealedNotes = nullptr;
    HandoverItemsView* m_sealedItems = nullptr;
    HandoverPrintButton* m_print = nullptr;
};

} // namespace fd
