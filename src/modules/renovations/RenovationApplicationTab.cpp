#include "modules/renovations/RenovationApplicationTab.h"

#include "ui_RenovationApplicationTab.h"

#include "core/DateTimeText.h"
#include "core/Money.h"
#include "modules/fees/ChargeService.h"
#include "modules/renovations/RenovationService.h"
#include "modules/renovations/RenovationTerms.h"
#include "widgets/Ask.h"
#include "widgets/SignatureField.h"
#include "widgets/SignaturePad.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QString scopeText(const QStringList& keys, const QList<ScopeItem>& items)
{
    QStringList names;
    for (const QString& key : keys) {
        QString name = key;
        for (const ScopeItem& i : items)
            if (i.key == key)
                name = i.name;
        names << name;
    }
    return names.join(u"、"_s);
}

} // namespace

RenovationApplicationTab::RenovationApplicationTab(RenovationService& renovations, ChargeService& charges,
                                                   QWidget* parent)
    : RenovationTab(renovations, parent), m_ui(std::make_unique<Ui_RenovationApplicationTab>()), m_charges(charges)
{
    m_ui->setupUi(this);
    m_ui->signatureCaption->setBuddy(m_ui->signature->pad());
    m_errors.bind(u"comment"_s, m_ui->comment, m_ui->commentError);
    m_errors.bind(u"scope"_s, m_ui->roundTable, m_ui->reviewError);
    m_errors.bind(u"signature"_s, m_ui->signature, m_ui->signatureError);
    m_errors.bind(u"agreement"_s, m_ui->agreementScan, m_ui->agreementError);
    m_errors.bind(u"deposit_item"_s, m_ui->depositItem, m_ui->depositError);
    m_errors.bind(u"deposit_amount"_s, m_ui->depositAmount, m_ui->depositError);
    m_errors.bind(u"waste_item"_s, m_ui->wasteItem, m_ui->wasteError);
    m_errors.bind(u"waste_amount"_s, m_ui->wasteAmount, m_ui->wasteError);
    m_errors.bind(u"deposit"_s, m_ui->schedule, m_ui->scheduleError);
    m_errors.setFallback(m_ui->reviewError);
    m_withdrawErrors.bind(u"reason"_s, m_ui->withdrawReason, m_ui->withdrawError);
    m_withdrawErrors.setFallback(m_ui->withdrawError);
    connect(m_ui->approve, &QPushButton::clicked, this, &RenovationApplicationTab::approve);
    connect(m_ui->reject, &QPushButton::clicked, this, &RenovationApplicationTab::reject);
    connect(m_ui->resubmit, &QPushButton::clicked, this, [this] {
        if (m_renovation)
            emit resubmitRequested(*m_renovation);
    });
    connect(m_ui->browseAgreement, &QPushButton::clicked, this, [this] {
        const QString path = Ask::openFileName(this, tr("Choose the agreement's scan"),
                                               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                               tr("PDF and pictures (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"));
        if (!path.isEmpty())
            m_ui->agreementScan->setText(path);
    });
    connect(m_ui->signAgreement, &QPushButton::clicked, this, &RenovationApplicationTab::signAgreement);
    connect(m_ui->chargeDeposit, &QPushButton::clicked, this, &RenovationApplicationTab::chargeDeposit);
    connect(m_ui->startWork, &QPushButton::clicked, this, &RenovationApplicationTab::startWork);
    connect(m_ui->withdraw, &QPushButton::clicked, this, &RenovationApplicationTab::withdraw);
}

RenovationApplicationTab::~RenovationApplicationTab() = default;

void RenovationApplicationTab::fill()
{
    const Renovation& r = *m_renovation;
    if (m_fresh) { // another renovation: nothing typed or signed for the last one stays
        for (QLineEdit* e : {m_ui->comment, m_ui->agreementScan, m_ui->depositAmount, m_ui->wasteAmount, m_ui->schedule,
                             m_ui->withdrawReason})
            e->clear();
        m_ui->signature->clear();
        m_withdrawErrors.clear();
    }
    auto items = m_renovations.scopeItems();
    const QList<ScopeItem> scope = items ? items.value() : QList<ScopeItem>{};
    QList<QStringList> rows;
    for (const RenovationRound& o : r.rounds) {
        QString decision = RenovationTerms::displayName(o.decision);
        if (o.decidedMs != 0)
            decision += u" · %1 %2"_s.arg(o.decidedBy, DateTimeText::date(o.decidedMs));
        rows << QStringList{QString::number(o.round),
                            u"%1 %2"_s.arg(DateTimeText::date(o.submittedMs), o.submittedBy),
                            scopeText(o.scope, scope),
                            tr("%1 to %2").arg(DateTimeText::date(o.plannedStart), DateTimeText::date(o.plannedEnd)),
                            tr("%n drawing(s)", nullptr, int(o.drawingFileIds.size())),
                            decision,
                            o.comment};
    }
    setRows(m_ui->roundTable,
            {tr("Round"), tr("Submitted"), tr("Scope"), tr("Days"), tr("Drawings"), tr("Answer"), tr("Comment")}, rows);
    const bool review = r.stage == RenovationStage::Review;
    allow(m_ui->comment, Permission::ReviewRenovations, review, notNow());
    allow(m_ui->approve, Permission::ReviewRenovations, review, notNow());
    allow(m_ui->reject, Permission::ReviewRenovations, review, notNow());
    allow(m_ui->resubmit, Permission::WorkTheDesk, r.stage == RenovationStage::Returned, notNow());

    const bool approved = r.stage == RenovationStage::Approved;
    allow(m_ui->signature, Permission::WorkTheDesk, approved, notNow());
    allow(m_ui->agreementScan, Permission::WorkTheDesk, approved, notNow());
    allow(m_ui->browseAgreement, Permission::WorkTheDesk, approved, notNow());
    allow(m_ui->signAgreement, Permission::WorkTheDesk, approved, notNow());
    m_ui->agreementGroup->setTitle(r.agreementSignatureId != 0 ? tr("Renovation agreement: signed")
                                                               : tr("Renovation agreement"));

    const QList<DepositLine> lines = fillDepositLines();
    // Charged once; again when the charge was taken back before it was paid.
    const bool takenBack =
        !lines.isEmpty() && std::all_of(lines.cbegin(), lines.cend(), [](const DepositLine& l) { return l.takenBack; });
    const bool toCharge = r.stage == RenovationStage::Agreed && (r.depositLineId == 0 || takenBack);
    const QString charged = r.depositLineId != 0 ? tr("Charged already.") : notNow();
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->depositItem, m_ui->depositAmount, m_ui->wasteItem,
                                                      m_ui->wasteAmount, m_ui->chargeDeposit})
        allow(w, Permission::WorkTheDesk, toCharge, charged);
    if (toCharge && m_ui->depositItem->count() == 0)
        fillItems();
    const bool toStart = r.stage == RenovationStage::Agreed && r.depositLineId != 0 && !takenBack;
    allow(m_ui->schedule, Permission::WorkTheDesk, toStart, notNow());
    allow(m_ui->startWork, Permission::WorkTheDesk, toStart, notNow());
    if (!r.scheduleNote.isEmpty())
        m_ui->schedule->setText(r.scheduleNote);

    const bool mayWithdraw =
        !r.ended() && (r.depositLineId == 0 || takenBack) &&
        (review || approved || r.stage == RenovationStage::Returned || r.stage == RenovationStage::Agreed);
    allow(m_ui->withdrawReason, Permission::WorkTheDesk, mayWithdraw, notNow());
    allow(m_ui->withdraw, Permission::WorkTheDesk, mayWithdraw, notNow());
}

void RenovationApplicationTab::fillItems()
{
    m_ui->depositItem->clear();
    m_ui->wasteItem->clear();
    auto items = m_charges.items();
    if (!items)
        return;
    for (const ChargeItem& i : items.value())
        if (i.basis == ChargeBasis::Deposit) {
            m_ui->depositItem->addItem(u"%1 %2"_s.arg(i.code, i.name), i.id);
            m_ui->wasteItem->addItem(u"%1 %2"_s.arg(i.code, i.name), i.id);
        }
    // Two deposit items are usual: the deposit (装修押金) and the waste fee (装修垃圾清运费); each list starts
    // on its own, told apart by the name.
    const auto isWaste = [](const QString& text) {
        return text.contains(u"垃圾"_s) || text.contains(u"waste"_s, Qt::CaseInsensitive);
    };
    for (int i = 0; i < m_ui->depositItem->count(); ++i)
        if (!isWaste(m_ui->depositItem->itemText(i))) {
            m_ui->depositItem->setCurrentIndex(i);
            break;
        }
    int waste = -1;
    for (int i = 0; i < m_ui->wasteItem->count() && waste < 0; ++i)
        if (isWaste(m_ui->wasteItem->itemText(i)))
            waste = i;
    for (int i = 0; i < m_ui->wasteItem->count() && waste < 0; ++i)
        if (i != m_ui->depositItem->currentIndex())
            waste = i;
    if (waste >= 0)
        m_ui->wasteItem->setCurrentIndex(waste);
}

QList<DepositLine> RenovationApplicationTab::fillDepositLines()
{
    QList<QStringList> rows;
    QList<DepositLine> lines;
    if (m_session && m_renovation->depositLineId != 0)
        if (auto read = m_renovations.depositLines(*m_session, m_renovation->id))
            lines = read.value();
    for (const DepositLine& l : lines)
        rows << QStringList{l.takenBack ? tr("%1 (taken back)").arg(l.itemName) : l.itemName,
                            Money::text(l.amountFen),
                            Money::text(l.paidFen),
                            Money::text(l.deductedFen),
                            Money::text(l.refundedFen),
                            Money::text(l.heldFen())};
    setRows(m_ui->depositLineTable, {tr("Item"), tr("Charged"), tr("Paid"), tr("Deducted"), tr("Refunded"), tr("Held")},
            rows);
    return lines;
}

bool RenovationApplicationTab::decided(const Result<Renovation>& result)
{
    if (done(result)) {
        m_ui->comment->clear();
        return true;
    }
    // A newer round submitted since this tab read the renovation: it is read again to show that round,
    // with the message and the comment typed kept.
    if (result.error().code == u"renovation.round.stale"_s)
        emit changed(m_renovation->id);
    return false;
}

bool RenovationApplicationTab::approve()
{
    return ready() && decided(m_renovations.approve(*m_session, m_renovation->id, m_ui->comment->text(), shownRound()));
}

bool RenovationApplicationTab::reject()
{
    return ready() && decided(m_renovations.reject(*m_session, m_renovation->id, m_ui->comment->text(), shownRound()));
}

bool RenovationApplicationTab::signAgreement()
{
    if (!ready())
        return false;
    const bool ok = done(m_renovations.signAgreement(*m_session, m_renovation->id,
                                                     m_ui->signature->signature(m_renovation->ownerName),
                                                     m_ui->agreementScan->text()));
    if (ok) {
        m_ui->signature->clear();
        m_ui->agreementScan->clear();
    }
    return ok;
}

bool RenovationApplicationTab::chargeDeposit()
{
    if (!ready())
        return false;
    const auto deposit = Money::parse(m_ui->depositAmount->text());
    const auto waste = Money::parse(m_ui->wasteAmount->text());
    if (!deposit || !waste) {
        m_errors.show(Error{u"renovation.amount"_s, tr("Write each amount in yuan, e.g. 5000 or 800.00."),
                            deposit ? u"waste_amount"_s : u"deposit_amount"_s});
        return false;
    }
    return done(m_renovations.chargeDeposit(*m_session, m_renovation->id, m_ui->depositItem->currentData().toLongLong(),
                                            *deposit, m_ui->wasteItem->currentData().toLongLong(), *waste));
}

bool RenovationApplicationTab::startWork()
{
    return ready() && done(m_renovations.setSchedule(*m_session, m_renovation->id, m_ui->schedule->text()));
}

bool RenovationApplicationTab::withdraw()
{
    if (!ready())
        return false;
    auto withdrawn = m_renovations.withdraw(*m_session, m_renovation->id, m_ui->withdrawReason->text());
    if (!withdrawn) {
        m_withdrawErrors.show(withdrawn.error());
        return false;
    }
    m_withdrawErrors.clear();
    m_ui->withdrawReason->clear();
    return done(withdrawn);
}

} // namespace fd
