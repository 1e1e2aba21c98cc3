#include "modules/storeditems/StoredItemPickupWidget.h"

#include "core/DateTimeText.h"

#include "modules/storeditems/StoredItemService.h"
#include "widgets/SignatureField.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

StoredItemPickupWidget::StoredItemPickupWidget(StoredItemService& service, QWidget* parent)
    : QWidget(parent), m_service(service)
{
    setObjectName(u"storagePickupForm"_s);
    auto* form = new QFormLayout;
    m_tag = new QLineEdit(this);
    m_tag->setObjectName(u"pickupTag"_s);
    m_tag->setPlaceholderText(tr("JC-20261122-003 — type or scan the tag"));
    QFont big = m_tag->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_tag->setFont(big);
    form->addRow(tr("&Tag"), m_tag);
    form->addRow(QString(), m_errors.add(u"tag"_s, m_tag, u"pickupTagError"_s, this));
    m_found = new QLabel(this);
    m_found->setObjectName(u"pickupFound"_s);
    m_found->setWordWrap(true);
    m_found->setTextFormat(Qt::PlainText);
    form->addRow(QString(), m_found);
    m_collector = new QLineEdit(this);
    m_collector->setObjectName(u"pickupCollector"_s);
    m_collector->setPlaceholderText(tr("Who collects the items"));
    form->addRow(tr("&Collected by"), m_collector);
    form->addRow(QString(), m_errors.add(u"collectorName"_s, m_collector, u"pickupCollectorError"_s, this));
    m_signature = new SignatureField(this);
    m_signature->setObjectName(u"pickupSignature"_s);
    form->addRow(tr("Collector's signature"), m_signature);
    form->addRow(QString(), m_errors.add(u"signature"_s, m_signature, u"pickupSignatureError"_s, this));

    m_handOut = new QPushButton(tr("&Hand out"), this);
    m_handOut->setObjectName(u"handOut"_s);
    auto* fallback = new QLabel(this);
    fallback->setObjectName(u"pickupError"_s);
    m_errors.setFallback(fallback);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(fallback, 1);
    bottom->addStretch();
    bottom->addWidget(m_handOut);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addLayout(bottom);

    connect(m_tag, &QLineEdit::editingFinished, this, &StoredItemPickupWidget::lookUp);
    connect(m_handOut, &QPushButton::clicked, this, &StoredItemPickupWidget::handOut);
}

void StoredItemPickupWidget::setSession(const Session& session)
{
    m_session = session;
}

void StoredItemPickupWidget::clear()
{
    m_errors.clear();
    m_tag->clear();
    m_found->clear();
    m_collector->clear();
    m_signature->clear();
}

void StoredItemPickupWidget::lookUp()
{
    m_found->clear();
    if (m_tag->text().trimmed().isEmpty())
        return;
    auto item = m_service.findByTag(m_tag->text());
    if (!item) {
        m_found->setText(item.error().message);
        return;
    }
    const StoredItem& s = item.value();
    m_found->setText(tr("%1 · %2 %3 · shelf %4 · %5 · %6")
                         .arg(s.unitCode, s.depositorName, s.summary, s.shelf, StoredItemService::statusName(s.status),
                              DateTimeText::shortDateTime(s.createdMs)));
    if (m_collector->text().isEmpty() && s.held())
        m_collector->setText(s.depositorName);
}

bool StoredItemPickupWidget::handOut()
{
    if (!m_session)
        return false;
    m_errors.clear();
    auto done = m_service.pickUp(*m_session, m_tag->text(), m_collector->text(),
                                 m_signature->signature(m_collector->text().trimmed()));
    if (!done) {
        m_errors.show(done.error());
        return false;
    }
    clear();
    emit collected(done.value());
    return true;
}

} // namespace fd
