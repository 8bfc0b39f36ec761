#pragma once

#include <QListWidget>

class QKeySequence;

// The column of areas at the window's left edge, as desktop tools show their modes: each area an
// icon above its name, the current one filled in the selection colour, its shortcut in the
// tooltip, and a count on the icon for what waits there (verifications running, exchanges not
// yet looked at). One stop in the tab order; the arrow keys move from area to area. Screen
// readers hear the name with the count ("Verify, 2 running").
class ModeBar : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModeBar)

public:
    explicit ModeBar(QWidget *parent = nullptr);
    ~ModeBar() override;

    // The area at `row`: its icon, and the shortcut that shows it (named in the tooltip).
    void setArea(int row, const QIcon &icon, const QKeySequence &shortcut);
    // A count on the area's icon, none at 0; `meaning` says it in words ("2 running"), for the
    // tooltip and screen readers.
    void setBadge(int row, int count, const QString &meaning);
    int badge(int row) const;

    // Wide enough for the longest name in the current language and font, never wider.
    int preferredWidth() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void describe(int row);
};
