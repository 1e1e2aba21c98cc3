#include "widgets/SignatureField.h"

#include "widgets/SignaturePad.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fd {

SignatureField::SignatureField(QWidget* parent) : QWidget(parent)
{
    m_pad = new SignaturePad(this);
    m_pad->setObjectName(u"signaturePad"_s);
    m_clear = new QPushButton(tr("Clear"), this);
    m_clear->setObjectName(u"signatureClear"_s);
    m_waiver = new QComboBox(this);
    m_waiver->setObjectName(u"signatureWaiver"_s);
    m_waiver->addItem(tr("Signs on the pad"), QString());
    m_waiver->addItem(tr("Customer refused to sign"), QString::fromLatin1(Signature::Refused));
    m_waiver->addItem(tr("Signed on the paper form"), QString::fromLatin1(Signature::OnPaper));
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"signatureNote"_s);
    m_note->setPlaceholderText(tr("What the customer said, where the paper is kept"));

    auto* side = new QVBoxLayout;
    side->addWidget(m_clear);
    side->addWidget(new QLabel(tr("No signature on the pad:"), this));
    side->addWidget(m_waiver);
    side->addWidget(m_note);
    side->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pad, 1);
    layout->addLayout(side);

    connect(m_pad, &SignaturePad::changed, this, [this] {
        updateState();
        emit changed();
    });
    connect(m_clear, &QPushButton::clicked, m_pad, &SignaturePad::clear);
    connect(m_waiver, &QComboBox::currentIndexChanged, this, [this] {
        updateState();
        emit changed();
    });
    connect(m_note, &QLineEdit::textChanged, this, &SignatureField::changed);
    setFocusProxy(m_pad);
    updateState();
}

Signature SignatureField::signature(const QString& signer) const
{
    Signature s;
    s.signer = signer;
    s.waivedReason = m_waiver->currentData().toString();
    if (s.waivedReason.isEmpty())
        s.image = m_pad->toPng();
    else
        s.note = m_note->text().trimmed();
    return s;
}

void SignatureField::clear()
{
    m_pad->clear();
    m_waiver->setCurrentIndex(0);
    m_note->clear();
}

void SignatureField::updateState()
{
    const bool waived = !m_waiver->currentData().toString().isEmpty();
    m_pad->setEnabled(!waived);
    m_clear->setEnabled(!waived && !m_pad->isEmpty());
    m_note->setEnabled(waived);
}

} // namespace fd
