#include "widgets/TabOrder.h"

#include <QList>
#include <QWidget>

namespace fd {

namespace {

bool takesTab(const QWidget* w)
{
    return (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus;
}

// `root` (when it takes Tab) and the widgets inside it that take Tab, in focus-chain order.
QList<QWidget*> fieldsOf(QWidget* root)
{
    QList<QWidget*> out;
    if (takesTab(root))
        out << root;
    // The chain is a ring through the whole window: once round, back at `root`.
    for (QWidget* w = root->nextInFocusChain(); w != root; w = w->nextInFocusChain())
        if (root->isAncestorOf(w) && takesTab(w))
            out << w;
    return out;
}

} // namespace

void TabOrder::placeAfter(QWidget* after, QWidget* block)
{
    if (!after || !block)
        return;
    const QList<QWidget*> anchor = fieldsOf(after);
    QWidget* previous = anchor.isEmpty() ? after : anchor.last();
    for (QWidget* field : fieldsOf(block)) {
        QWidget::setTabOrder(previous, field);
        previous = field;
    }
    // A compound field (a unit picker) takes Tab through its focus proxy although it takes no focus
    // itself, so it must stand just before its fields too: setting the proxy again puts it there.
    if (QWidget* proxy = block->focusProxy()) {
        block->setFocusProxy(nullptr);
        block->setFocusProxy(proxy);
    }
}

} // namespace fd
