#include "gui/NavigationBadgeDelegate.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

constexpr int MostShown = 99;
constexpr int Margin = 6;

} // namespace

NavigationBadgeDelegate::NavigationBadgeDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QString NavigationBadgeDelegate::badgeText(int count)
{
    if (count <= 0)
        return {};
    return count > MostShown ? u"%1+"_s.arg(MostShown) : QString::number(count);
}

QRect NavigationBadgeDelegate::badgeRect(const QStyleOptionViewItem& option, const QString& text)
{
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 2;
    const int width = std::max(height, metrics.horizontalAdvance(text) + height / 2 + 4);
    const QRect& r = option.rect;
    return {r.right() - Margin - width + 1, r.top() + (r.height() - height) / 2, width, height};
}

void NavigationBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    const QString text = badgeText(index.data(BadgeCountRole).toInt());
    if (text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QRect badge = badgeRect(opt, text);
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    // The entry (and its selection) keeps the whole width; only the title gives way to the badge.
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    const int room = badge.left() - Margin - textRect.left();
    opt.text = opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, std::max(0, room));
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(index.data(BadgeUrgentRole).toBool() ? urgentColor() : calmColor());
    painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    QFont font = opt.font;
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize NavigationBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString text = badgeText(index.data(BadgeCountRole).toInt());
    if (!text.isEmpty())
        size.rwidth() += badgeRect(option, text).width() + 2 * Margin;
    return size;
}

} // namespace fd
