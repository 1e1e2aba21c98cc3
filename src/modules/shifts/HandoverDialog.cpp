#include "modules/shifts/HandoverDialog.h"

#include "desk/WorkstationPresence.h"
#include "engine/AccountService.h"
#include "engine/shifts/ShiftService.h"
#include "modules/shifts/HandoverDisplay.h"
#include "modules/shifts/HandoverItemsView.h"
#include "modules/shifts/HandoverPrintButton.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QLabel* wrapped(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

HandoverDialog::HandoverDialog(const HandoverPrinter::Uses& uses, const Session& session, QWidget* parent)
    : QDialog(parent), m_uses(uses), m_session(session), m_header(wrapped(u"handoverHeader"_s, this)),
      m_problem(FormErrors::makeLabel(u"handoverProblem"_s, this)), m_steps(new QStackedWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"handoverDialog"_s);
    setWindowTitle(tr("Handover sheet"));
    auto* layout = new QVBoxLayout(this);
    QFont bold = m_header->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_header->setFont(bold);
    layout->addWidget(m_header);
    layout->addWidget(m_problem);
    m_leaving = buildLeaving();
    m_arriving = buildArriving();
    m_sealed = buildSealed();
    m_steps->addWidget(m_leaving);
    m_steps->addWidget(m_arriving);
    m_steps->addWidget(m_sealed);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_people = HandoverDisplay::people(uses.accounts);
    resize(860, 640);
}

QWidget* HandoverDialog::buildLeaving()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_leavingIntro = wrapped(u"leavingIntro"_s, page);
    layout->addWidget(m_leavingIntro);
    m_leavingItems = new HandoverItemsView(page);
    m_leavingItems->setObjectName(u"leavingItems"_s);
    layout->addWidget(m_leavingItems);
    auto* notesLabel = new QLabel(tr("&Notes for the next person"), page);
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Anything else the next shift must know: calls expected, visitors, promises made"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 14);
    notesLabel->setBuddy(m_notes);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes);
    auto* row = new QHBoxLayout;
    auto* passwordLabel = new QLabel(tr("Your &password"), page);
    m_leavingPassword = new QLineEdit(page);
    m_leavingPassword->setObjectName(u"leavingPasswordEdit"_s);
    m_leavingPassword->setEchoMode(QLineEdit::Password);
    passwordLabel->setBuddy(m_leavingPassword);
    m_sign = new QPushButton(tr("&Sign and hand over"), page);
    m_sign->setObjectName(u"signLeavingButton"_s);
    row->addWidget(passwordLabel);
    row->addWidget(m_leavingPassword, 1);
    row->addWidget(m_sign);
    layout->addLayout(row);
    QLabel* passwordError = FormErrors::makeLabel(u"leavingPasswordError"_s, page);
    layout->addWidget(passwordError);
    layout->addStretch(1); // spare room below the form, not inside the list of lines
    m_leavingErrors.bind(u"password"_s, m_leavingPassword, passwordError);
    m_leavingErrors.setFallback(m_problem);
    connect(m_sign, &QPushButton::clicked, this, &HandoverDialog::signLeaving);
    return page;
}

QWidget* HandoverDialog::buildArriving()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_arrivingIntro = wrapped(u"arrivingIntro"_s, page);
    layout->addWidget(m_arrivingIntro);
    m_arrivingNotes = wrapped(u"arrivingNotes"_s, page);
    layout->addWidget(m_arrivingNotes);
    m_arrivingItems = new HandoverItemsView(page);
    m_arrivingItems->setObjectName(u"arrivingItems"_s);
    layout->addWidget(m_arrivingItems);
    m_progress = wrapped(u"answerProgress"_s, page);
    layout->addWidget(m_progress);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setVerticalSpacing(2);
    auto* loginLabel = new QLabel(tr("Arriving person's sign-in &name"), page);
    m_login = new QLineEdit(page);
    m_login->setObjectName(u"arrivingLoginEdit"_s);
    loginLabel->setBuddy(m_login);
    auto* passwordLabel = new QLabel(tr("Their own pass&word"), page);
    m_password = new QLineEdit(page);
    m_password->setObjectName(u"arrivingPasswordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    passwordLabel->setBuddy(m_password);
    m_accept = new QPushButton(tr("&Accept and seal"), page);
    m_accept->setObjectName(u"acceptButton"_s);
    grid->addWidget(loginLabel, 0, 0);
    grid->addWidget(m_login, 0, 1);
    grid->addWidget(passwordLabel, 0, 2);
    grid->addWidget(m_password, 0, 3);
    grid->addWidget(m_accept, 0, 4);
    QLabel* loginError = FormErrors::makeLabel(u"arrivingLoginError"_s, page);
    QLabel* passwordError = FormErrors::makeLabel(u"arrivingPasswordError"_s, page);
    grid->addWidget(loginError, 1, 1);
    grid->addWidget(passwordError, 1, 3, 1, 2);
    // R-SH-1: the post the arriving person works at is chosen, never inferred from the sheet's post;
    // this workstation's post is offered first.
    auto* postLabel = new QLabel(tr("Post they work a&t"), page);
    m_arrivingPost = new QComboBox(page);
    m_arrivingPost->setObjectName(u"arrivingPostCombo"_s);
    postLabel->setBuddy(m_arrivingPost);
    QLabel* postError = FormErrors::makeLabel(u"arrivingPostError"_s, page);
    grid->addWidget(postLabel, 2, 0);
    grid->addWidget(m_arrivingPost, 2, 1);
    grid->addWidget(postError, 3, 1, 1, 4);
    layout->addLayout(grid);
    layout->addStretch(1);
    m_arrivingErrors.bind(u"login"_s, m_login, loginError);
    m_arrivingErrors.bind(u"password"_s, m_password, passwordError);
    m_arrivingErrors.bind(u"post"_s, m_arrivingPost, postError);
    m_arrivingErrors.setFallback(m_problem);
    connect(m_accept, &QPushButton::clicked, this, &HandoverDialog::acceptAndSeal);
    connect(m_arrivingItems, &HandoverItemsView::answersChanged, this, &HandoverDialog::updateProgress);
    return page;
}

QWidget* HandoverDialog::buildSealed()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_sealedSummary = wrapped(u"sealedSummary"_s, page);
    layout->addWidget(m_sealedSummary);
    m_sealedNotes = wrapped(u"sealedNotes"_s, page);
    layout->addWidget(m_sealedNotes);
    m_sealedItems = new HandoverItemsView(page);
    m_sealedItems->setObjectName(u"sealedItems"_s);
    layout->addWidget(m_sealedItems);
    m_print = new HandoverPrintButton(m_uses, page);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_print);
    layout->addLayout(row);
    layout->addStretch(1);
    return page;
}

QString HandoverDialog::name(qint64 userId) const
{
    return HandoverDisplay::person(m_people, userId);
}

bool HandoverDialog::loadHeader(qint64 shiftId)
{
    auto shift = m_uses.shifts.shift(shiftId);
    auto posts = m_uses.shifts.posts();
    if (!shift || !posts) {
        m_problem->setText(!shift ? shift.error().message : posts.error().message);
        m_problem->show();
        m_steps->hide();
        return false;
    }
    m_shiftId = shiftId;
    QString post;
    for (const Post& p : posts.value())
        if (p.id == shift.value().postId)
            post = p.name;
    setWindowTitle(tr("Handover sheet — %1").arg(post));
    const Shift& on = shift.value();
    const QString code = HandoverDisplay::shift(m_uses.rules, on.code);
    //: Dialog head: post · shift with its times · who was on it from when (to when, once handed over).
    m_header->setText(on.endedMs ? tr("%1 · shift %2 · %3, on duty %4 – %5")
                                       .arg(post, code, name(on.userId), HandoverDisplay::instant(on.startedMs),
                                            HandoverDisplay::instant(*on.endedMs))
                                 : tr("%1 · shift %2 · %3, on duty since %4")
                                       .arg(post, code, name(on.userId), HandoverDisplay::instant(on.startedMs)));
    return true;
}

bool HandoverDialog::handOverShift(qint64 shiftId)
{
    if (!loadHeader(shiftId))
        return false;
    auto drafted = m_uses.shifts.sheetOfShift(shiftId);
    if (!drafted) {
        m_problem->setText(drafted.error().message);
        m_problem->show();
        return false;
    }
    if (drafted.value()) // drafted earlier and not yet sealed: go on from where it stopped
        return openSheet(drafted.value()->id);
    auto lines = m_uses.shifts.previewLines(m_session, shiftId);
    if (!lines) {
        m_problem->setText(lines.error().message);
        m_problem->show();
        m_steps->hide();
        return false;
    }
    m_previewed.clear();
    for (const HandoverItem& i : lines.value())
        m_previewed << i.text;
    showLeaving(lines.value());
    return true;
}

bool HandoverDialog::openSheet(qint64 sheetId)
{
    auto sheet = m_uses.shifts.sheet(sheetId);
    if (!sheet) {
        m_problem->setText(sheet.error().message);
        m_problem->show();
        m_steps->hide();
        return false;
    }
    m_sheet = sheet.value();
    if (!loadHeader(m_sheet.shiftId))
        return false;
    if (m_sheet.status == HandoverStatus::Sealed)
        showSealed();
    else if (m_sheet.leavingSignedMs)
        showArriving();
    else
        showLeaving(m_sheet.items);
    return true;
}

HandoverDialog::Step HandoverDialog::step() const
{
    if (m_steps->currentWidget() == m_sealed)
        return Step::Sealed;
    return m_steps->currentWidget() == m_arriving ? Step::Arriving : Step::Leaving;
}

void HandoverDialog::showStep(Step step)
{
    m_problem->clear();
    m_problem->hide();
    m_steps->show();
    m_steps->setCurrentWidget(step == Step::Leaving ? m_leaving : step == Step::Arriving ? m_arriving : m_sealed);
    // Enter signs at the leaving step and seals at the arriving one (once: no returnPressed as well).
    (step == Step::Leaving    ? m_sign
     : step == Step::Arriving ? m_accept
                              : static_cast<QPushButton*>(m_print))
        ->setDefault(true);
    QPushButton* close = m_buttons->button(QDialogButtonBox::Close);
    close->setAutoDefault(false);
    close->setText(step == Step::Arriving ? tr("Sign &later") : tr("&Close"));
    close->setToolTip(step == Step::Arriving
                          ? tr("The signed sheet waits on the Handover page until the arriving person signs it.")
                          : QString());
}

void HandoverDialog::showLeaving(const QList<HandoverItem>& lines)
{
    m_leavingErrors.clear();
    const bool drafted = m_sheet.id != 0;
    m_leavingIntro->setText(
        drafted ? tr("This shift's sheet is drafted with the lines below. Sign it with your password to hand over.")
                : tr("These lines are handed over as they stand now. Add what else the next person must know, "
                     "then sign with your password."));
    m_leavingItems->setItems(lines, HandoverItemsView::Mode::Read);
    if (drafted)
        m_notes->setPlainText(m_sheet.notes);
    m_notes->setReadOnly(drafted); // the notes were saved with the draft
    showStep(Step::Leaving);
    m_leavingPassword->setFocus();
}

void HandoverDialog::showArriving()
{
    m_arrivingErrors.clear();
    m_arrivingIntro->setText(
        tr("%1 handed over and signed at %2. The arriving person answers every line: tick it, or write what does "
           "not match. Then they sign with their own sign-in name and password.")
            .arg(name(m_sheet.leavingUserId), HandoverDisplay::instant(m_sheet.leavingSignedMs.value_or(0))));
    m_arrivingNotes->setText(tr("Notes: %1").arg(m_sheet.notes.isEmpty() ? tr("none") : m_sheet.notes));
    m_arrivingItems->setItems(m_sheet.items, HandoverItemsView::Mode::Answer, &m_arrivingErrors);
    // Someone else signed in here is most likely the one taking over.
    if (m_login->text().isEmpty() && m_session.user.id != m_sheet.leavingUserId)
        m_login->setText(m_session.user.login);
    m_password->clear();
    loadArrivingPosts();
    showStep(Step::Arriving);
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
}

void HandoverDialog::loadArrivingPosts()
{
    const qint64 keep = m_arrivingPost->count() > 0 ? m_arrivingPost->currentData().toLongLong()
                                                    : WorkstationPresence::rememberedPost();
    m_arrivingPost->clear();
    m_arrivingPost->addItem(tr("Choose…"), qint64(0));
    if (auto posts = m_uses.shifts.posts())
        for (const Post& p : posts.value())
            m_arrivingPost->addItem(p.name, p.id);
    m_arrivingPost->setCurrentIndex(std::max(0, m_arrivingPost->findData(keep)));
}

void HandoverDialog::showSealed()
{
    m_sealedSummary->setText(
        tr("Sealed %1. Handed over by %2 (signed %3), taken over by %4 (signed %5).")
            .arg(HandoverDisplay::instant(m_sheet.sealedMs.value_or(0)), name(m_sheet.leavingUserId),
                 HandoverDisplay::instant(m_sheet.leavingSignedMs.value_or(0)), name(m_sheet.arrivingUserId),
                 HandoverDisplay::instant(m_sheet.arrivingSignedMs.value_or(0))));
    m_sealedNotes->setText(tr("Notes: %1").arg(m_sheet.notes.isEmpty() ? tr("none") : m_sheet.notes));
    m_sealedItems->setItems(m_sheet.items, HandoverItemsView::Mode::Read);
    m_print->setSheet(m_sheet.id);
    showStep(Step::Sealed);
    m_print->setFocus();
}

void HandoverDialog::updateProgress()
{
    const int total = m_arrivingItems->lineCount();
    const int done = static_cast<int>(m_arrivingItems->answers().size());
    m_progress->setText(tr("%1 of %n line(s) answered", nullptr, total).arg(done));
}

void HandoverDialog::signLeaving()
{
    if (step() != Step::Leaving)
        return;
    m_leavingErrors.clear();
    const QString password = m_leavingPassword->text();
    if (m_sheet.id == 0) {
        // Who signs is proven before anything is drafted: a wrong password writes no sheet.
        if (Status s = m_uses.accounts.confirmPassword(m_session, password); !s) {
            m_leavingErrors.show(s.error());
            return;
        }
        auto draft = m_uses.shifts.endShift(m_session, m_shiftId, m_notes->toPlainText());
        if (!draft) {
            m_leavingErrors.show(draft.error());
            return;
        }
        m_sheet = draft.value();
        emit sheetChanged(m_sheet.id);
        QStringList drafted;
        for (const HandoverItem& i : m_sheet.items)
            drafted << i.text;
        if (drafted != m_previewed) { // something opened or closed meanwhile: nobody signs unread lines
            showLeaving(m_sheet.items);
            m_leavingErrors.show(Error{u"handover.changed"_s,
                                       tr("The open items changed while this sheet was open. Read the lines again "
                                          "and sign."),
                                       u"password"_s});
            return;
        }
    }
    auto signedSheet = m_uses.shifts.signLeaving(m_session, m_sheet.id, password);
    if (!signedSheet) {
        showLeaving(m_sheet.items);
        m_leavingErrors.show(signedSheet.error());
        return;
    }
    m_sheet = signedSheet.value();
    m_leavingPassword->clear();
    emit sheetChanged(m_sheet.id);
    showArriving();
}

void HandoverDialog::acceptAndSeal()
{
    if (step() != Step::Arriving)
        return;
    m_arrivingErrors.clear();
    auto sealed =
        m_uses.shifts.acceptByArriving(m_sheet.id, m_login->text().trimmed(), m_password->text(),
                                       m_arrivingItems->answers(), m_arrivingPost->currentData().toLongLong());
    if (!sealed) {
        m_arrivingErrors.show(sealed.error());
        m_arrivingItems->reveal(sealed.error().field);
        return;
    }
    m_sheet = sealed.value();
    WorkstationPresence::rememberPost(m_arrivingPost->currentData().toLongLong()); // they work here now
    m_password->clear();
    emit sheetChanged(m_sheet.id);
    loadHeader(m_sheet.shiftId); // the leaving shift has ended now
    showSealed();
}

} // namespace fd
