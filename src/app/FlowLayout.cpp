#include "FlowLayout.h"

#include <algorithm>

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{ }

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addLayout(QLayout *layout)
{
    addChildLayout(layout);
    addItem(layout);
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: everything else can move to a row of its own.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one row.
    int width = 0;
    int height = 0;
    int visible = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        width += hint.width();
        height = std::max(height, hint.height());
        ++visible;
    }
    if (visible > 1)
        width += (visible - 1) * gap();
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int space = gap();

    // Fill rows with as many items as fit, then place each row (its items centred vertically,
    // the row moved right when the layout is aligned right).
    QList<QList<QLayoutItem *>> rows;
    QList<int> rowWidths;
    int x = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int width = std::min(item->sizeHint().width(), area.width());
        if (rows.isEmpty() || (x > 0 && x + space + width > area.width())) {
            rows.append(QList<QLayoutItem *>());
            rowWidths.append(0);
            x = 0;
        } else if (x > 0) {
            x += space;
        }
        rows.last().append(item);
        x += width;
        rowWidths.last() = x;
    }
    m_rows = int(rows.size());

    int y = area.y();
    for (int r = 0; r < rows.size(); ++r) {
        int rowHeight = 0;
        for (const QLayoutItem *item : std::as_const(rows.at(r)))
            rowHeight = std::max(rowHeight, item->sizeHint().height());
        if (apply) {
            int left = area.x();
            if (alignment() & Qt::AlignRight)
                left += area.width() - rowWidths.at(r);
            for (QLayoutItem *item : std::as_const(rows.at(r))) {
                const QSize hint = item->sizeHint();
                const int width = std::min(hint.width(), area.width());
                item->setGeometry(
                    QRect(left, y + (rowHeight - hint.height()) / 2, width, hint.height()));
                left += width + space;
            }
        }
        y += rowHeight;
        if (r + 1 < rows.size())
            y += space;
    }
    const QMargins margins = contentsMargins();
    return y - area.y() + margins.top() + margins.bottom();
}

int FlowLayout::gap() const
{
    // QLayout::spacing() falls back to the style's, or to the parent layout's.
    return std::max(spacing(), 0);
}
