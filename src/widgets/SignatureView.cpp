#include "widgets/SignatureView.h"

#include <QPixmap>

namespace fd {

SignatureView::SignatureView(QWidget* parent) : QLabel(parent)
{
    setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setWordWrap(true);
}

void SignatureView::showSignature(const Signature& s)
{
    if (s.signedOnPad()) {
        QPixmap pixmap;
        pixmap.loadFromData(s.image, "PNG");
        setPixmap(pixmap.height() > 80 ? pixmap.scaledToHeight(80, Qt::SmoothTransformation) : pixmap);
        setToolTip(tr("Signed by %1").arg(s.signer));
        return;
    }
    if (s.waivedReason.isEmpty()) {
        setText(tr("No signature"));
        return;
    }
    const QString why = s.waivedReason == QLatin1String(Signature::Refused) ? tr("Customer refused to sign")
                                                                            : tr("Signed on the paper form");
    setText(s.note.isEmpty() ? why : tr("%1: %2").arg(why, s.note));
}

} // namespace fd
