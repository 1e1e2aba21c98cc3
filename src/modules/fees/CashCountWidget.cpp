#include "modules/fees/CashCountWidget.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "core/Money.h"
#include "modules/fees/ArrearsService.h"
#include "modules/fees/CashCountService.h"
#include "modules/fees/CashHandoverPrinter.h"
#include "modules/fees/FeeTerms.h"
#include "widgets/Ask.h"

#include "ui_CashCountWidget.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace fd {

CashCountWidget::CashCountWidget(CashCountService& counts, ArrearsService& arrears, const Clock& clock,
                                 const QString& siteName, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui_CashCountWidget>()), m_counts(counts), m_arrears(arrears),
      m_clock(clock), m_siteName(siteName)
{
    m_ui->setupUi(this);
    setObjectName(u"cashCountForm"_s);
    m_rows = {
        {PaymentMethod::Cash, m_ui->cashName, m_ui->cashExpected, m_ui->cashCounted, m_ui->cashDifference},
        {PaymentMethod::Card, m_ui->cardName, m_ui->cardExpected, m_ui->cardCounted, m_ui->cardDifference},
        {PaymentMethod::WeChat, m_ui->wechatName, m_ui->wechatExpected, m_ui->wechatCounted, m_ui->wechatDifference},
        {PaymentMethod::Alipay, m_ui->alipayName, m_ui->alipayExpected, m_ui->alipayCounted, m_ui->alipayDifference},
        {PaymentMethod::Transfer, m_ui->transferName, m_ui->transferExpected, m_ui->transferCounted,
         m_ui->transferDifference}};
    for (const Row& r : std::as_const(m_rows)) {
        r.name->setText(FeeTerms::displayName(r.method));
        m_errors.bind(u"counted."_s + FeeTerms::key(r.method), r.counted, m_ui->countError);
        connect(r.counted, &QLineEdit::textChanged, this, &CashCountWidget::showDifferences);
    }
    m_errors.bind(u"note"_s, m_ui->note, m_ui->noteError);
    m_errors.setFallback(m_ui->countError);
    connect(m_ui->readLedger, &QPushButton::clicked, this, &CashCountWidget::readLedger);
    connect(m_ui->closeCount, &QPushButton::clicked, this, &CashCountWidget::closeCount);
}

CashCountWidget::~CashCountWidget() = default;

void CashCountWidget::setSession(const Session& session)
{
    m_session = session;
    const bool may = session.may(Permission::CollectFees);
    const QString why = may ? QString() : Roles::refusal(session.user.role, Permission::CollectFees);
    for (const Row& r : std::as_const(m_rows)) {
        r.counted->setEnabled(may);
        r.counted->setToolTip(why);
        r.counted->clear();
    }
    for (QWidget* w : {static_cast<QWidget*>(m_ui->note), static_cast<QWidget*>(m_ui->closeCount),
                       static_cast<QWidget*>(m_ui->readLedger)}) {
        w->setEnabled(may);
        w->setToolTip(why);
    }
    m_ui->note->clear();
    readLedger();
}

void CashCountWidget::setCounted(PaymentMethod method, const QString& text)
{
    for (const Row& r : std::as_const(m_rows))
        if (r.method == method)
            r.counted->setText(text);
}

void CashCountWidget::readLedger()
{
    m_errors.clear();
    m_expected.reset();
    showLastCounts();
    if (!m_session || !m_session->may(Permission::CollectFees)) {
        m_ui->since->setText(tr("The cash count is the cashier's, at the end of a shift."));
        showDifferences();
        return;
    }
    auto e = m_counts.expected(*m_session);
    if (!e) {
        m_errors.show(e.error());
        return;
    }
    m_expected = std::move(e).value();
    m_ui->since->setText(tr("Your takings from %1 to %2: %n payment(s), %3 in all. Count each method and type "
                            "what you counted.",
                            nullptr, m_expected->payments)
                             .arg(DateTimeText::dateTime(m_expected->fromMs), DateTimeText::dateTime(m_expected->toMs),
                                  Money::text(m_expected->expectedFen())));
    showDifferences();
}

void CashCountWidget::showDifferences()
{
    for (const Row& r : std::as_const(m_rows)) {
        qint64 expected = 0;
        if (m_expected)
            for (const CashCountLine& l : m_expected->lines)
                if (l.method == r.method)
                    expected = l.expectedFen;
        r.expected->setText(m_expected ? Money::text(expected) : QString());
        const QString typed = r.counted->text().trimmed();
        const auto fen = typed.isEmpty() ? std::optional<qint64>(0) : Money::parse(typed);
        if (!m_expected || !fen || (typed.isEmpty() && expected == 0)) {
            r.difference->clear();
            continue;
        }
        const qint64 diff = *fen - expected;
        r.difference->setText(diff == 0  ? tr("agrees")
                              : diff > 0 ? tr("%1 over").arg(Money::text(diff))
                                         : tr("%1 short").arg(Money::text(-diff)));
    }
}

void CashCountWidget::showLastCounts()
{
    if (!m_session || !m_session->may(Permission::ViewFeeAccounts)) {
        m_ui->lastCounts->clear();
        return;
    }
    auto counts = m_counts.counts(*m_session, 5);
    if (!counts || counts.value().isEmpty()) {
        m_ui->lastCounts->setText(counts ? tr("No cash count yet.") : counts.error().message);
        return;
    }
    QStringList lines{tr("Last counts:")};
    for (const CashCount& c : counts.value()) {
        const qint64 diff = c.countedFen() - c.expectedFen();
        lines << tr("%1, %2: %3 per the ledger, %4 counted%5")
                     .arg(DateTimeText::dateTime(c.toMs), c.cashier, Money::text(c.expectedFen()),
                          Money::text(c.countedFen()),
                          diff == 0 ? QString() : u" ("_s + Money::text(diff) + u"): "_s + c.note);
    }
    m_ui->lastCounts->setText(lines.join(u'\n'));
}

bool CashCountWidget::closeCount()
{
    if (!m_session)
        return false;
    m_errors.clear();
    QMap<PaymentMethod, QString> counted;
    for (const Row& r : std::as_const(m_rows))
        counted.insert(r.method, r.counted->text());
    auto kept = m_counts.close(*m_session, counted, m_ui->note->text());
    if (!kept) {
        m_errors.show(kept.error());
        return false;
    }
    const CashCount c = kept.value();
    QString text =
        tr("Count kept: %1 per the ledger, %2 counted.").arg(Money::text(c.expectedFen()), Money::text(c.countedFen()));
    QStringList steps;
    if (auto arrears = m_arrears.arrears(*m_session); arrears)
        steps = CashHandoverPrinter::openDunningSteps(arrears.value(), m_clock.now().date());
    const QString path = Ask::saveFileName(this, tr("Save the handover sheet as PDF"),
                                           QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                               u"/%1.pdf"_s.arg(tr("handover-%1").arg(QString::number(c.id))),
                                           tr("PDF (*.pdf)"));
    if (!path.isEmpty()) {
        const Status written = CashHandoverPrinter::writePdf(m_siteName, c, steps, path);
        text += u' ' + (written ? tr("Saved to %1.").arg(path) : written.error().message);
    }
    for (const Row& r : std::as_const(m_rows))
        r.counted->clear();
    m_ui->note->clear();
    readLedger();
    m_ui->countOutcome->setText(text);
    emit closed(c);
    return true;
}

} // namespace fd
